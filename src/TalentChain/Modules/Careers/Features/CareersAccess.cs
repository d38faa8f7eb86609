using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Careers.Features;

/// <summary>Who is looking: their employee record, whether they run careers (PM/admin), and which committees they sit on.</summary>
public sealed record CareersViewer(ClaimsPrincipal User, int? EmployeeId, bool Manages, IReadOnlySet<int> Committees)
{
    public bool IsExecutive => User.IsInRole(Roles.Executive);

    /// <summary>
    /// Whether being above someone in the management chain lets the viewer see their records. Not for executives: the
    /// group's head is above everyone, and executives see careers as aggregates only (as in Education and Knowledge).
    /// </summary>
    public bool ActsAsLineManager => !IsExecutive;
}

/// <summary>
/// The record-level rules of careers: program managers and administrators see and run everything; a person sees their
/// own appointments and applications; a line manager (anyone above in the management chain) their reports'; a committee
/// member what their committee reviews (and votes on it). Anyone else gets 404 for a record, as elsewhere.
/// </summary>
public sealed class CareersAccess(TalentChainDbContext db, IProgramAccess program, IManagementChain chain, IStringLocalizer<CareersResource> L)
{
    public async Task<CareersViewer> ViewerAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var employee = await program.ViewerEmployeeIdAsync(user, ct);
        var committees = employee is { } e
            ? (await db.CareerCommitteeMembers.AsNoTracking().Where(m => m.EmployeeId == e).Select(m => m.CommitteeId).ToListAsync(ct)).ToHashSet()
            : [];
        return new CareersViewer(user, employee, ProgramPolicies.IsManager(user), committees);
    }

    /// <summary>Is the viewer the person, above them in the management chain, or running careers?</summary>
    public async Task<bool> SeesPersonAsync(CareersViewer viewer, int employeeId, CancellationToken ct)
    {
        if (viewer.Manages || viewer.EmployeeId == employeeId) return true;
        return viewer.ActsAsLineManager && viewer.EmployeeId is { } me && (await chain.AboveAsync(employeeId, ct)).Contains(me);
    }

    /// <summary>May the viewer see a record about <paramref name="employeeId"/> reviewed by <paramref name="committeeId"/>? Else 404.</summary>
    public async Task RequireSeeAsync(CareersViewer viewer, int employeeId, int committeeId, string notFound, CancellationToken ct)
    {
        if (viewer.Committees.Contains(committeeId)) return;
        if (!await SeesPersonAsync(viewer, employeeId, ct)) throw new NotFoundException(notFound);
    }

    /// <summary>Line manager of the person (above them) or program manager/administrator: may nominate or recommend.</summary>
    public async Task<bool> ManagesPersonAsync(CareersViewer viewer, int employeeId, CancellationToken ct) =>
        viewer.Manages || (viewer.ActsAsLineManager && viewer.EmployeeId is { } me && me != employeeId && (await chain.AboveAsync(employeeId, ct)).Contains(me));

    public void RequireManages(CareersViewer viewer)
    {
        if (!viewer.Manages) throw new AccessDeniedException(L["Access.ManagersOnly"]);
    }

    /// <summary>A vote from someone not on the committee is refused (403), in the viewer's language.</summary>
    public int RequireMember(CareersViewer viewer, int committeeId)
    {
        if (viewer.EmployeeId is not { } me || !viewer.Committees.Contains(committeeId)) throw new AccessDeniedException(L["Vote.NotMember"]);
        return me;
    }

    /// <summary>Of <paramref name="employeeIds"/>, the ones the viewer may see as person (self or reports); all for managers.</summary>
    public async Task<IReadOnlySet<int>> VisiblePeopleAsync(CareersViewer viewer, IReadOnlyCollection<int> employeeIds, CancellationToken ct)
    {
        if (viewer.Manages) return employeeIds.ToHashSet();
        if (viewer.EmployeeId is not { } me) return new HashSet<int>();
        var seen = viewer.ActsAsLineManager ? (await chain.ManagedAmongAsync(me, employeeIds, ct)).ToHashSet() : [];
        if (employeeIds.Contains(me)) seen.Add(me);
        return seen;
    }
}
