using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Projects.Contracts;

/// <summary>
/// A project as other modules (the chain view) see it: names, segment, lead unit, dates and classification. A reader
/// must honour <see cref="Confidential"/>: such projects are need-to-know (ADR 0048) and are shown only as counts.
/// </summary>
public sealed class ProjectRef
{
    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? TitleZh { get; private set; }
    public ChainSegment Segment { get; private set; }
    public int LeadUnitId { get; private set; }
    public OrgUnitRef? LeadUnit { get; private set; }
    public int SponsorEmployeeId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    /// <summary>"Public", "Internal" or "Confidential".</summary>
    public string Classification { get; private set; } = "";

    public bool Confidential => Classification == "Confidential";

    public string DisplayTitle(bool chinese) => UiCulture.Pick(Title, TitleZh, chinese);
}

/// <summary>A membership of a project (from a published placement or added by hand).</summary>
public sealed class ProjectMembershipRef
{
    public int Id { get; private set; }
    public int ProjectId { get; private set; }
    public ProjectRef? Project { get; private set; }
    public int EmployeeId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
}

/// <summary>Projects' read models as queries other modules compose with their own (read-only views).</summary>
public static class ProjectReadTables
{
    extension(TalentChainDbContext db)
    {
        public IQueryable<ProjectRef> ProjectRefs => db.Set<ProjectRef>();
        public IQueryable<ProjectMembershipRef> ProjectMembershipRefs => db.Set<ProjectMembershipRef>();
    }
}

/// <summary>How wide a person's network and perspective is: distinct units, chain segments and people met through rotations and projects.</summary>
public sealed record PerspectiveCounts(int EmployeeId, int Units, int Segments, int People, int Rotations, int Projects);

/// <summary>Network and perspective (人脉与视野) for the chain view: counts only, no names (so no visibility check is needed on aggregates).</summary>
public interface IPerspective
{
    Task<IReadOnlyDictionary<int, PerspectiveCounts>> ForAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct = default);
}
