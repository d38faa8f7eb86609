using TalentChain.Platform.Data;
using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.People.Domain;

public class Employee : IVersioned
{
    public int Id { get; set; }
    public required string EmployeeNumber { get; set; }
    public required string FamilyName { get; set; }
    public required string GivenName { get; set; }
    /// <summary>Name in Chinese characters, when the person has one.</summary>
    public string? ChineseName { get; set; }
    public string? Email { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public required string Position { get; set; }
    public int? ManagerId { get; set; }
    public Employee? Manager { get; set; }
    public DateOnly HireDate { get; set; }
    public DateOnly? BirthDate { get; set; }
    public CareerTrack Track { get; set; }
    public ProfessionalTitle Title { get; set; }
    /// <summary>Pay/position grade, 1 (entry) … 20.</summary>
    public int Grade { get; set; }
    public EducationLevel Education { get; set; }
    public EmployeeStatus Status { get; set; } = EmployeeStatus.Active;
    public DateOnly? DepartureDate { get; set; }
    /// <summary>Lower-case search text (numbers, names in both scripts, e-mail, position) kept by the People module.</summary>
    public string SearchText { get; set; } = "";
    public long Version { get; set; }

    public List<SkillRecord> Skills { get; } = [];
    public List<EmploymentEvent> Events { get; } = [];

    /// <summary>Not stored: the date the timeline gives the changes of this save (an appointment's effective date); today when null.</summary>
    internal DateOnly? ChangesEffectiveOn { get; set; }
    /// <summary>Not stored: how the timeline names a new title (both languages, certificate number) instead of the ladder's name.</summary>
    internal string? TitleLabel { get; set; }

    public const int MinGrade = EmployeeRef.MinGrade;
    public const int MaxGrade = EmployeeRef.MaxGrade;

    public string FullName => PersonName.Full(GivenName, FamilyName, ChineseName);

    public string DisplayName(bool chinese) => PersonName.Display(GivenName, FamilyName, ChineseName, chinese);

    public void RefreshSearchText() =>
        SearchText = string.Join(' ', new[] { EmployeeNumber, FamilyName, GivenName, $"{GivenName} {FamilyName}", $"{FamilyName}{GivenName}", ChineseName, Email, Position }
            .Where(s => !string.IsNullOrWhiteSpace(s))).ToLowerInvariant();
}

/// <summary>One entry of a person's employment timeline; written automatically when the tracked fields change.</summary>
public class EmploymentEvent
{
    public long Id { get; set; }
    public int EmployeeId { get; set; }
    public DateOnly EffectiveDate { get; set; }
    public EmploymentEventKind Kind { get; set; }
    public string? FromValue { get; set; }
    public string? ToValue { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
}
