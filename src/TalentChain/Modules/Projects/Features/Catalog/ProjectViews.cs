using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Projects.Domain;

namespace TalentChain.Modules.Projects.Features.Catalog;

public sealed record ProjectSummary(int Id, string Code, string Title, string? TitleZh, string DisplayTitle, ProjectKind Kind, string KindName,
    ChainSegment Segment, string SegmentName, string LeadUnitCode, string LeadUnit, int SponsorEmployeeId, string Sponsor, DateOnly StartDate, DateOnly EndDate,
    ProjectClassification Classification, string ClassificationName, ProjectStatus Status, string StatusName, int Roles, int Seats, int Members);

public sealed record RoleSkillView(int TaxonomyNodeId, string SkillCode, string Skill, int MinLevel);

public sealed record RoleView(int Id, string Title, string? TitleZh, string DisplayTitle, int Seats, DateOnly StartDate, DateOnly EndDate, List<RoleSkillView> Skills, int Members);

public sealed record MemberView(int Id, int EmployeeId, string EmployeeNumber, string Name, int? RoleId, string? Role, DateOnly From, DateOnly To,
    MembershipSource Source, string SourceName, int? RoundId);

public sealed record ProjectDetail(ProjectSummary Project, List<RoleView> Roles, List<MemberView> Members, bool CanManage);

public sealed record ProjectInput(string? Code, string? Title, string? TitleZh, ProjectKind? Kind, ChainSegment? Segment, string? LeadUnitCode,
    string? SponsorEmployeeNumber, DateOnly? StartDate, DateOnly? EndDate, ProjectClassification? Classification, ProjectStatus? Status);

public sealed record RoleSkillInput(string? SkillCode, int? MinLevel);

public sealed record RoleInput(string? Title, string? TitleZh, int? Seats, DateOnly? StartDate, DateOnly? EndDate, List<RoleSkillInput>? Skills);

public sealed record MemberInput(string? EmployeeNumber, int? RoleId, DateOnly? From, DateOnly? To);

public sealed record ProjectFilter(string? Q = null, ChainSegment? Segment = null, ProjectKind? Kind = null, ProjectStatus? Status = null);
