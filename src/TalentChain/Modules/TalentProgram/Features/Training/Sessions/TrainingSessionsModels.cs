namespace TalentChain.Modules.TalentProgram.Features.Training.Sessions;

// Scheduling's inputs and views (the JSON API's shapes); the session view itself is shared (SessionViews).

/// <summary>A session: when and where, capacity, and a lecturer — an employee (internal expert) or an external name.</summary>
/// <remarks>
/// <see cref="Lecturer"/> is the picker's text: an employee number (optionally followed by the name, as the picker
/// suggests it: "E100049 · Chun Luo · 罗春") or a full name in pinyin or Chinese characters. It is resolved to exactly
/// one active employee; it is ignored when <see cref="LecturerEmployeeId"/> is given.
/// </remarks>
public sealed record SessionInput(string? CourseCode, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place, int? Capacity, int? LecturerEmployeeId, string? ExternalLecturer, string? Lecturer = null);

/// <summary>One suggestion of the lecturer picker.</summary>
public sealed record LecturerChoice(int EmployeeId, string EmployeeNumber, string Name, string Label);
