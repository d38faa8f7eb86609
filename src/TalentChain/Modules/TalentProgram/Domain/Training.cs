using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Domain;

/// <summary>A layer of the training stack ("core business immersion", "frontier industry knowledge", …).</summary>
public class TrainingLayer : IVersioned
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameZh { get; set; }
    public int Order { get; set; }
    public long Version { get; set; }
    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

public class Course : IVersioned
{
    public int Id { get; set; }
    public int LayerId { get; set; }
    public TrainingLayer? Layer { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameZh { get; set; }
    public string? Description { get; set; }
    public decimal Hours { get; set; }
    public long Version { get; set; }
    public List<CourseSkill> Skills { get; } = [];
    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

/// <summary>A skill a course develops and the level it brings a learner to.</summary>
public class CourseSkill
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public int TaxonomyNodeId { get; set; }
    public TaxonomyRef? TaxonomyNode { get; set; }
    public int Level { get; set; }
}

/// <summary>One run of a course: when, where, how many, who teaches (an employee, or an external lecturer).</summary>
public class TrainingSession : IVersioned
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public Course? Course { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public required string Place { get; set; }
    public int Capacity { get; set; }
    public int? LecturerEmployeeId { get; set; }
    public EmployeeRef? Lecturer { get; set; }
    /// <summary>An external lecturer, e.g. "Prof. Li Wei, Inner Mongolia University".</summary>
    public string? ExternalLecturer { get; set; }
    public long Version { get; set; }
    public List<Enrollment> Enrollments { get; } = [];
}

public enum EnrollmentStatus
{
    Enrolled = 1,
    Waitlisted = 2,
    Cancelled = 3,
    Completed = 4,
    NotPassed = 5,
}

public class Enrollment : IVersioned
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public TrainingSession? Session { get; set; }
    public int EmployeeId { get; set; }
    public EmployeeRef? Employee { get; set; }
    public EnrollmentStatus Status { get; set; }
    public DateTimeOffset EnrolledAt { get; set; }
    public bool? Attended { get; set; }
    public int? Score { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public long Version { get; set; }

    public bool HoldsPlace => Status is EnrollmentStatus.Enrolled or EnrollmentStatus.Completed or EnrollmentStatus.NotPassed;
}
