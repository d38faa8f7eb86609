using System.Globalization;
using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Features.Training;

// The views shared by several training use cases (the JSON API's shapes); each use case keeps its own inputs and views in its folder.

public sealed record CourseSkillView(string TaxonomyCode, string SkillName, int Level, string LevelName);

/// <param name="ResultVisible">
/// False when the caller may not see this person's result: then Attended, Score and CompletedOn are null and a
/// completed or failed enrolment reads as Enrolled (see <see cref="Sessions.TrainingSessions.GetSessionAsync"/>).
/// </param>
public sealed record EnrollmentView(int Id, int EmployeeId, string Name, string EmployeeNumber, EnrollmentStatus Status, string StatusName, int? WaitlistPosition, bool? Attended, int? Score, DateOnly? CompletedOn, long Version,
    bool ResultVisible = true);

public sealed record SessionView(int Id, int CourseId, string CourseCode, string CourseName, string LayerName, decimal Hours, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int Capacity,
    int? LecturerEmployeeId, string Lecturer, bool External, List<CourseSkillView> Skills, List<EnrollmentView> Enrollments, int PlacesLeft, long Version);
