using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram.Features.Training.RecordResults;

/// <summary>Recording a learner's attendance and assessment; a pass completes the course.</summary>
public sealed class RecordTrainingResult(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<TalentProgramResource> t, SessionViews views, IPeopleDirectory people,
    IEnumerable<ICourseCompletionListener> listeners)
{
    /// <summary>
    /// Records attendance and the assessment. A pass completes the course: each skill it develops is raised on the
    /// person's skill record to the course's level (never lowered), matching plan activities are marked done, and the
    /// modules listening for completions (e.g. labs granting a qualification) act in the same transaction.
    /// </summary>
    public async Task<EnrollmentView> RecordResultAsync(int sessionId, int enrollmentId, ResultInput input, CancellationToken ct = default)
    {
        var s = await db.TrainingSessions.Include(x => x.Course).ThenInclude(c => c!.Skills).Include(x => x.Lecturer)
            .Include(x => x.Enrollments).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == sessionId, ct) ?? throw new NotFoundException(t["Session.NotFound", sessionId]);
        var e = s.Enrollments.FirstOrDefault(x => x.Id == enrollmentId) ?? throw new NotFoundException(t["Enroll.NotFound", enrollmentId]);
        Concurrency.Check(db, e, input.Version, t);
        var errors = new FieldErrors();
        if (e.Status is EnrollmentStatus.Waitlisted or EnrollmentStatus.Cancelled) errors.Add("enrollmentId", t["Result.NotEnrolled", t.Enum(e.Status)]);
        if (e.Status == EnrollmentStatus.Completed) errors.Add("enrollmentId", t["Result.AlreadyCompleted"]);
        if (s.StartsAt > clock.GetUtcNow()) errors.Add("enrollmentId", t["Result.NotStarted"]);
        if (input.Attended is null) errors.Add(nameof(input.Attended), t["Result.AttendedRequired"]);
        if (input.Score is { } score && score is < 0 or > 100) errors.Add(nameof(input.Score), t["Evidence.ScoreRange"]);
        if (input.Passed == true && input.Attended == false) errors.Add(nameof(input.Passed), t["Result.PassWithoutAttendance"]);
        errors.ThrowIfAny(t["Result.Invalid"]);
        var today = clock.Today();
        e.Attended = input.Attended;
        e.Score = input.Score;
        if (input.Passed is { } passed)
        {
            e.Status = passed ? EnrollmentStatus.Completed : EnrollmentStatus.NotPassed;
            e.CompletedOn = today;
            if (passed) await ApplyCompletionAsync(s, e.EmployeeId, today, ct);
        }
        await TrainingSave.SaveAsync(db, t, ct);
        return (await views.SessionAsync(sessionId, null, ct)).Enrollments.First(x => x.Id == enrollmentId);
    }

    private async Task ApplyCompletionAsync(TrainingSession s, int employeeId, DateOnly today, CancellationToken ct)
    {
        var course = s.Course!;
        var lecturer = s.Lecturer is { } l ? $"{l.GivenName} {l.FamilyName}" : s.ExternalLecturer;
        foreach (var skill in course.Skills)
        {
            // People owns skill records: it raises the level (never lowers it) in this request's transaction.
            await people.RecordSkillAsync(employeeId, skill.TaxonomyNodeId, skill.Level,
                string.Create(CultureInfo.InvariantCulture, $"Course {course.Code} \"{course.Name}\" completed (session {s.StartsAt.UtcDateTime:yyyy-MM-dd}, {s.Place})"),
                lecturer ?? db.CurrentUser.Name, today, onlyIfHigher: true, ct);
        }
        // The plan: activities naming this course in the open version are done.
        var activities = await db.PlanActivities
            .Where(a => a.CourseId == course.Id && a.Status != ActivityStatus.Done
                && db.Set<PlanVersion>().Any(v => v.Id == a.PlanVersionId && v.ClosedOn == null && v.Plan!.Participant!.EmployeeId == employeeId))
            .ToListAsync(ct);
        foreach (var a in activities)
        {
            a.Status = ActivityStatus.Done;
            db.PlanChanges.Add(new PlanChange
            {
                PlanVersionId = a.PlanVersionId, ItemKey = a.Key, Kind = PlanChangeKind.Changed,
                Summary = t["Plan.ActivityCompleted", course.Code], Reason = t["Plan.ActivityCompletedReason", course.Code, ProgramText.Date(today)],
                ChangedBy = db.CurrentUser.Name, ChangedAt = clock.GetUtcNow(),
            });
        }
        var completion = new CourseCompletion(employeeId, course.Id, course.Code, s.Id, today);
        foreach (var listener in listeners) await listener.CourseCompletedAsync(completion, ct);
    }
}
