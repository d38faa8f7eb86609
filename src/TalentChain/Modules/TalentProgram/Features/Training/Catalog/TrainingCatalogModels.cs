namespace TalentChain.Modules.TalentProgram.Features.Training.Catalog;

// The catalogue's inputs and views (the JSON API's shapes).

public sealed record LayerInput(string? Code, string? Name, string? NameZh, int? Order);

public sealed record CourseSkillInput(string? TaxonomyCode, int? Level);

public sealed record CourseInput(string? LayerCode, string? Code, string? Name, string? NameZh, string? Description, decimal? Hours, List<CourseSkillInput>? Skills);

public sealed record SessionSummary(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int Capacity, int Enrolled, int Waitlisted, string Lecturer);

public sealed record CourseView(int Id, string Code, string Name, string NameEn, string? NameZh, string? Description, decimal Hours, string LayerCode, string LayerName, List<CourseSkillView> Skills, List<SessionSummary> Sessions);

public sealed record LayerView(int Id, string Code, string Name, int Order, List<CourseView> Courses);
