namespace TalentChain.Modules.People.Contracts;

/// <summary>Where along the rare-earth industrial chain an org unit (or a technology) sits.</summary>
public enum ChainSegment
{
    MiningBeneficiation = 1,
    CrackingLeaching = 2,
    Separation = 3,
    MetalsAlloys = 4,
    MagnetsFunctional = 5,
    Recycling = 6,
    ResearchDevelopment = 7,
    SalesTrade = 8,
    Corporate = 9,
}

public enum CareerTrack
{
    Technical = 1,
    Operations = 2,
    Management = 3,
}

/// <summary>The Chinese professional-title ladder for engineers (职称).</summary>
public enum ProfessionalTitle
{
    None = 0,
    Technician = 1,
    AssistantEngineer = 2,
    Engineer = 3,
    SeniorEngineer = 4,
    ProfessorLevelSeniorEngineer = 5,
}

/// <summary>A title's rank in queries: titles are stored by name, so SQL would compare them as text, not by rank.</summary>
public static class ProfessionalTitles
{
    /// <summary>The titles at or above <paramref name="min"/>: in a query, <c>AtLeast(min).Contains(e.Title)</c> means <c>e.Title &gt;= min</c>.</summary>
    public static ProfessionalTitle[] AtLeast(ProfessionalTitle min) => [.. Enum.GetValues<ProfessionalTitle>().Where(t => t >= min)];
}

/// <summary>Highest completed education (学历), as a roster of technical expertise reports it.</summary>
public enum EducationLevel
{
    Unknown = 0,
    Secondary = 1,
    Vocational = 2,
    Bachelor = 3,
    Master = 4,
    Doctorate = 5,
}

public enum EmployeeStatus
{
    Active = 1,
    Departed = 2,
}

public enum EmploymentEventKind
{
    Hired = 1,
    Transferred = 2,
    Promoted = 3,
    Demoted = 4,
    PositionChanged = 5,
    TitleChanged = 6,
    TrackChanged = 7,
    ManagerChanged = 8,
    Departed = 9,
    Rehired = 10,
}

public enum TaxonomyKind
{
    Segment = 1,
    Technology = 2,
    Skill = 3,
}

/// <summary>Proficiency 0–4; the written definitions live in the resources (Proficiency.Level{n}.Definition).</summary>
public static class Proficiency
{
    public const int Min = 0;
    public const int Max = 4;
    public static bool IsValid(int level) => level is >= Min and <= Max;
}
