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

namespace TalentChain.Modules.TalentProgram.Features.Training;

/// <summary>
/// A session as the viewer may see it, shared by the training use cases that answer with a session or an enrolment.
/// Results are need-to-know (ADR 0030): see <see cref="Sessions.TrainingSessions.GetSessionAsync"/>.
/// </summary>
public sealed class SessionViews(TalentChainDbContext db, IStringLocalizer<TalentProgramResource> t, IPeopleLabels labels, ProgramAccess access, IManagementChain chain)
{
    /// <summary>Who sees which enrollee's result; null viewer: the handler's own answers to an authorised write.</summary>
    private async Task<Func<int, bool>> ResultAudienceAsync(ClaimsPrincipal? viewer, int? lecturer, IReadOnlyCollection<int> enrollees, CancellationToken ct)
    {
        if (viewer is null || ProgramPolicies.IsManager(viewer)) return _ => true;
        if (await access.ViewerEmployeeIdAsync(viewer, ct) is not { } me) return _ => false;
        if (lecturer == me) return _ => true;
        var managed = await chain.ManagedAmongAsync(me, enrollees, ct);
        return employee => employee == me || managed.Contains(employee);
    }

    public async Task<SessionView> SessionAsync(int id, ClaimsPrincipal? viewer, CancellationToken ct = default)
    {
        var s = await db.TrainingSessions.AsNoTracking().Include(x => x.Course).ThenInclude(c => c!.Layer)
            .Include(x => x.Course).ThenInclude(c => c!.Skills).ThenInclude(k => k.TaxonomyNode)
            .Include(x => x.Lecturer).Include(x => x.Enrollments).ThenInclude(e => e.Employee).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Session.NotFound", id]);
        var seesResult = await ResultAudienceAsync(viewer, s.LecturerEmployeeId, [.. s.Enrollments.Select(e => e.EmployeeId)], ct);
        var waitlist = s.Enrollments.Where(e => e.Status == EnrollmentStatus.Waitlisted).OrderBy(e => e.EnrolledAt.UtcTicks).ThenBy(e => e.Id).Select(e => e.Id).ToList();
        var enrollments = s.Enrollments.OrderBy(e => e.Status == EnrollmentStatus.Waitlisted).ThenBy(e => e.Status == EnrollmentStatus.Cancelled).ThenBy(e => e.EnrolledAt.UtcTicks).ThenBy(e => e.Id)
            .Select(e =>
            {
                var name = ProgramText.Person(e.Employee!.GivenName, e.Employee.FamilyName, e.Employee.ChineseName);
                var position = e.Status == EnrollmentStatus.Waitlisted ? waitlist.IndexOf(e.Id) + 1 : (int?)null;
                if (seesResult(e.EmployeeId))
                    return new EnrollmentView(e.Id, e.EmployeeId, name, e.Employee.EmployeeNumber, e.Status, t.Enum(e.Status), position, e.Attended, e.Score, e.CompletedOn, e.Version);
                // Completed and NotPassed are results too: to others the person simply took a place.
                var status = e.Status is EnrollmentStatus.Completed or EnrollmentStatus.NotPassed ? EnrollmentStatus.Enrolled : e.Status;
                return new EnrollmentView(e.Id, e.EmployeeId, name, e.Employee.EmployeeNumber, status, t.Enum(status), position, null, null, null, e.Version, ResultVisible: false);
            })
            .ToList();
        var c = s.Course!;
        return new SessionView(s.Id, c.Id, c.Code, c.DisplayName(UiCulture.IsChinese), c.Layer!.DisplayName(UiCulture.IsChinese), c.Hours, s.StartsAt, s.EndsAt, s.Place, s.Capacity,
            s.LecturerEmployeeId, s.Lecturer is { } l ? ProgramText.Person(l.GivenName, l.FamilyName, l.ChineseName) : s.ExternalLecturer ?? "", s.Lecturer is null,
            [.. c.Skills.Select(k => new CourseSkillView(k.TaxonomyNode!.Code, k.TaxonomyNode.DisplayName(UiCulture.IsChinese), k.Level, labels.Level(k.Level)))],
            enrollments, Math.Max(0, s.Capacity - s.Enrollments.Count(e => e.HoldsPlace)), s.Version);
    }
}

/// <summary>Saving enrolment changes: a clash on the unique (session, employee) index reads as a stale write (409).</summary>
internal static class TrainingSave
{
    public static async Task SaveAsync(TalentChainDbContext db, IStringLocalizer<TalentProgramResource> t, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // The unique (session, employee) index: the same person enrolled a moment ago.
            throw new DbUpdateConcurrencyException(t["Concurrency.Stale"], ex);
        }
    }
}
