using System.Globalization;
using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Features.Training;

// The training use cases' inputs and views (the JSON API's shapes), shared by the handlers under Training/.

public sealed record LayerInput(string? Code, string? Name, string? NameZh, int? Order);

public sealed record CourseSkillInput(string? TaxonomyCode, int? Level);

public sealed record CourseInput(string? LayerCode, string? Code, string? Name, string? NameZh, string? Description, decimal? Hours, List<CourseSkillInput>? Skills);

/// <summary>A session: when and where, capacity, and a lecturer — an employee (internal expert) or an external name.</summary>
/// <remarks>
/// <see cref="Lecturer"/> is the picker's text: an employee number (optionally followed by the name, as the picker
/// suggests it: "E100049 · Chun Luo · 罗春") or a full name in pinyin or Chinese characters. It is resolved to exactly
/// one active employee; it is ignored when <see cref="LecturerEmployeeId"/> is given.
/// </remarks>
public sealed record SessionInput(string? CourseCode, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place, int? Capacity, int? LecturerEmployeeId, string? ExternalLecturer, string? Lecturer = null);

/// <summary>One suggestion of the lecturer picker.</summary>
public sealed record LecturerChoice(int EmployeeId, string EmployeeNumber, string Name, string Label);

/// <summary>Enroll. When the session is full: with JoinWaitlist (default) you go on its waitlist, otherwise the enrollment is refused.</summary>
public sealed record EnrollInput(int? EmployeeId, bool JoinWaitlist = true);

/// <summary>The outcome for one learner: attended, assessment score (0–100), passed. Passing completes the course.</summary>
public sealed record ResultInput(bool? Attended, int? Score, bool? Passed, long? Version = null);

public sealed record CourseSkillView(string TaxonomyCode, string SkillName, int Level, string LevelName);

public sealed record SessionSummary(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int Capacity, int Enrolled, int Waitlisted, string Lecturer);

public sealed record CourseView(int Id, string Code, string Name, string NameEn, string? NameZh, string? Description, decimal Hours, string LayerCode, string LayerName, List<CourseSkillView> Skills, List<SessionSummary> Sessions);

public sealed record LayerView(int Id, string Code, string Name, int Order, List<CourseView> Courses);

/// <param name="ResultVisible">
/// False when the caller may not see this person's result: then Attended, Score and CompletedOn are null and a
/// completed or failed enrolment reads as Enrolled (see <see cref="Sessions.TrainingSessions.GetSessionAsync"/>).
/// </param>
public sealed record EnrollmentView(int Id, int EmployeeId, string Name, string EmployeeNumber, EnrollmentStatus Status, string StatusName, int? WaitlistPosition, bool? Attended, int? Score, DateOnly? CompletedOn, long Version,
    bool ResultVisible = true);

public sealed record SessionView(int Id, int CourseId, string CourseCode, string CourseName, string LayerName, decimal Hours, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int Capacity,
    int? LecturerEmployeeId, string Lecturer, bool External, List<CourseSkillView> Skills, List<EnrollmentView> Enrollments, int PlacesLeft, long Version);

public sealed record EnrollResult(EnrollmentView Enrollment, string Message);
