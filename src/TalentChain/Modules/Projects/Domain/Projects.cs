using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Projects.Domain;

public enum ProjectKind
{
    /// <summary>重大战略项目.</summary>
    Strategic = 1,
    /// <summary>前沿技术项目.</summary>
    AdvancedTechnology = 2,
    /// <summary>工艺攻关 / industrialisation.</summary>
    Industrialisation = 3,
}

/// <summary>公开 / 内部 / 秘密. Confidential projects are need-to-know (ADR 0048).</summary>
public enum ProjectClassification
{
    Public = 1,
    Internal = 2,
    Confidential = 3,
}

public enum ProjectStatus
{
    Planned = 1,
    Active = 2,
    Closed = 3,
}

/// <summary>A major strategic or advanced-technology project with its roles and members.</summary>
public sealed class StrategicProject
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string? TitleZh { get; set; }
    public ProjectKind Kind { get; set; }
    public ChainSegment Segment { get; set; }
    public int LeadUnitId { get; set; }
    public OrgUnitRef? LeadUnit { get; set; }
    public int SponsorEmployeeId { get; set; }
    public EmployeeRef? Sponsor { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public ProjectClassification Classification { get; set; }
    public ProjectStatus Status { get; set; }
    public List<ProjectRole> Roles { get; } = [];
    public List<ProjectMembership> Members { get; } = [];

    public string DisplayTitle(bool chinese) => UiCulture.Pick(Title, TitleZh, chinese);
}

/// <summary>A role (项目岗位) on a project: the skills it needs, its seats and its period within the project.</summary>
public sealed class ProjectRole
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public StrategicProject? Project { get; set; }
    public string Title { get; set; } = "";
    public string? TitleZh { get; set; }
    public int Seats { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public List<RoleSkill> Skills { get; } = [];

    public string DisplayTitle(bool chinese) => UiCulture.Pick(Title, TitleZh, chinese);
}

/// <summary>A skill of the taxonomy a role needs, with the minimum level (0–4) a candidate must hold.</summary>
public sealed class RoleSkill
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public int TaxonomyNodeId { get; set; }
    public TaxonomyRef? TaxonomyNode { get; set; }
    public int MinLevel { get; set; }
}

public enum MembershipSource
{
    Manual = 1,
    Placement = 2,
}

/// <summary>A member (项目成员) of a project in a role (or none) for a period.</summary>
public sealed class ProjectMembership
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public StrategicProject? Project { get; set; }
    public int? RoleId { get; set; }
    public ProjectRole? Role { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public MembershipSource Source { get; set; }
    /// <summary>The placement round that published it (null: added by hand).</summary>
    public int? RoundId { get; set; }
    /// <summary>The placement's stable key (round, participant, role): republishing finds it instead of adding another.</summary>
    public Guid? PlacementKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public bool Overlaps(DateOnly from, DateOnly to) => From <= to && from <= To;
}
