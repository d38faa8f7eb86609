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

namespace TalentChain.Modules.TalentProgram.Features.Training.Enrol;

/// <summary>Enrolling in a session (or its waitlist) and cancelling an enrolment, which promotes the first person waiting.</summary>
public sealed class Enrolments(TalentChainDbContext db, TimeProvider clock, IStringLocalizer<TalentProgramResource> t, INotifier notifier, SessionViews views)
{
    /// <summary>
    /// Enrolls a person. A full session puts them on the waitlist (or refuses, when they asked not to wait); the
    /// session row's version makes two last-place enrollments at once collide (one gets 409) instead of overbooking.
    /// </summary>
    public async Task<EnrollResult> EnrollAsync(int sessionId, EnrollInput input, CancellationToken ct = default)
    {
        var s = await db.TrainingSessions.Include(x => x.Enrollments).FirstOrDefaultAsync(x => x.Id == sessionId, ct) ?? throw new NotFoundException(t["Session.NotFound", sessionId]);
        if (input.EmployeeId is not { } employeeId) throw ValidationFailedException.For(t["Enroll.Invalid"], nameof(input.EmployeeId), t["Nomination.EmployeeRequired"]);
        if (!await db.EmployeeRefs.AnyAsync(e => e.Id == employeeId && e.Status == EmployeeStatus.Active, ct))
            throw ValidationFailedException.For(t["Enroll.Invalid"], nameof(input.EmployeeId), t["Nomination.EmployeeUnknown", employeeId]);
        if (s.EndsAt < clock.GetUtcNow()) throw ValidationFailedException.For(t["Enroll.Invalid"], "sessionId", t["Enroll.SessionOver"]);
        var existing = s.Enrollments.FirstOrDefault(e => e.EmployeeId == employeeId);
        if (existing is not null && existing.Status != EnrollmentStatus.Cancelled)
            throw ValidationFailedException.For(t["Enroll.Invalid"], nameof(input.EmployeeId), t["Enroll.Duplicate", t.Enum(existing.Status)]);
        var full = s.Enrollments.Count(e => e.HoldsPlace) >= s.Capacity;
        if (full && !input.JoinWaitlist) throw ValidationFailedException.For(t["Enroll.Invalid"], "capacity", t["Enroll.FullRefused", s.Capacity]);
        var enrollment = existing ?? new Enrollment { SessionId = s.Id, EmployeeId = employeeId };
        enrollment.Status = full ? EnrollmentStatus.Waitlisted : EnrollmentStatus.Enrolled;
        enrollment.EnrolledAt = clock.GetUtcNow();
        enrollment.Attended = null;
        enrollment.Score = null;
        enrollment.CompletedOn = null;
        if (existing is null) s.Enrollments.Add(enrollment);
        db.Entry(s).Property(x => x.Version).IsModified = true;
        await TrainingSave.SaveAsync(db, t, ct);
        var view = (await views.SessionAsync(sessionId, null, ct)).Enrollments.First(e => e.Id == enrollment.Id);
        return new EnrollResult(view, full ? t["Enroll.Waitlisted", view.WaitlistPosition ?? 0] : t["Enroll.Enrolled"]);
    }

    /// <summary>Cancels an enrollment; the first person on the waitlist takes the freed place.</summary>
    public async Task<EnrollmentView?> CancelAsync(int sessionId, int enrollmentId, CancellationToken ct = default)
    {
        var s = await db.TrainingSessions.Include(x => x.Enrollments).Include(x => x.Course).FirstOrDefaultAsync(x => x.Id == sessionId, ct) ?? throw new NotFoundException(t["Session.NotFound", sessionId]);
        var e = s.Enrollments.FirstOrDefault(x => x.Id == enrollmentId) ?? throw new NotFoundException(t["Enroll.NotFound", enrollmentId]);
        if (e.Status is EnrollmentStatus.Completed or EnrollmentStatus.NotPassed or EnrollmentStatus.Cancelled)
            throw ValidationFailedException.For(t["Enroll.Invalid"], "enrollmentId", t["Enroll.CannotCancel", t.Enum(e.Status)]);
        var freed = e.Status == EnrollmentStatus.Enrolled;
        e.Status = EnrollmentStatus.Cancelled;
        Enrollment? promoted = null;
        if (freed)
        {
            promoted = s.Enrollments.Where(x => x.Status == EnrollmentStatus.Waitlisted).OrderBy(x => x.EnrolledAt.UtcTicks).ThenBy(x => x.Id).FirstOrDefault();
            if (promoted is not null)
            {
                promoted.Status = EnrollmentStatus.Enrolled;
                // In the app and by e-mail, in the same transaction as the promotion.
                await notifier.NotifyEmployeeAsync<TalentProgramResource>(promoted.EmployeeId, "Waitlist.Promoted.Subject", "Waitlist.Promoted.Body",
                    [s.Course!.Code, s.Course.Name, SiteTime.Format(s.StartsAt), s.Place],
                    $"/training/sessions/{s.Id}", $"enrollment:{promoted.Id}:promoted:{promoted.EnrolledAt.UtcTicks}", ct);
            }
        }
        db.Entry(s).Property(x => x.Version).IsModified = true;
        await TrainingSave.SaveAsync(db, t, ct);
        return promoted is null ? null : (await views.SessionAsync(sessionId, null, ct)).Enrollments.First(x => x.Id == promoted.Id);
    }
}
