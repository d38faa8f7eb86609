using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.People.Contracts;

// People's published read models (ADR 0043). Other modules query and navigate to these, never to People's entities:
// People maps each onto its own table as a read-only view, so a query that joins them is still one SQL statement, and
// nothing can write through them (private setters; a view has no insert or update mapping, so a save would throw).
// People may change its entities freely as long as it keeps these shapes.

/// <summary>A person as other modules see them: identity, name parts, unit, manager, career facts and status.</summary>
public sealed class EmployeeRef
{
    public int Id { get; private set; }
    public string EmployeeNumber { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public string GivenName { get; private set; } = "";
    public string? ChineseName { get; private set; }
    public string? Email { get; private set; }
    public int OrgUnitId { get; private set; }
    public OrgUnitRef? OrgUnit { get; private set; }
    public string Position { get; private set; } = "";
    public int? ManagerId { get; private set; }
    public EmployeeRef? Manager { get; private set; }
    public DateOnly HireDate { get; private set; }
    public DateOnly? BirthDate { get; private set; }
    public CareerTrack Track { get; private set; }
    public ProfessionalTitle Title { get; private set; }
    /// <summary>Pay/position grade, <see cref="MinGrade"/> (entry) … <see cref="MaxGrade"/>.</summary>
    public int Grade { get; private set; }
    public EducationLevel Education { get; private set; }
    public EmployeeStatus Status { get; private set; }
    public DateOnly? DepartureDate { get; private set; }
    /// <summary>Lower-case search text (numbers, names in both scripts, e-mail, position) kept by the People module.</summary>
    public string SearchText { get; private set; } = "";

    public const int MinGrade = 1;
    public const int MaxGrade = 20;

    private readonly List<SkillRef> skills = [];
    public IReadOnlyList<SkillRef> Skills => skills;

    /// <summary>Both forms of the name (see <see cref="PersonName.Full"/>).</summary>
    public string FullName => PersonName.Full(GivenName, FamilyName, ChineseName);

    public string DisplayName(bool chinese) => PersonName.Display(GivenName, FamilyName, ChineseName, chinese);
}

/// <summary>One entry of a person's employment timeline (hired, transferred, promoted, departed …).</summary>
public sealed class EmploymentEventRef
{
    public long Id { get; private set; }
    public int EmployeeId { get; private set; }
    public DateOnly EffectiveDate { get; private set; }
    public EmploymentEventKind Kind { get; private set; }
    public string? FromValue { get; private set; }
    public string? ToValue { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string? RecordedBy { get; private set; }
}

/// <summary>A unit of the organisation, laid along the industrial chain; units form a tree.</summary>
public sealed class OrgUnitRef
{
    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? NameZh { get; private set; }
    public ChainSegment Segment { get; private set; }
    public string? Site { get; private set; }
    public int? ParentId { get; private set; }
    public OrgUnitRef? Parent { get; private set; }

    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

/// <summary>A node of the rare-earth expertise taxonomy: segment → technology → skill.</summary>
public sealed class TaxonomyRef
{
    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public TaxonomyKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public string? NameZh { get; private set; }
    public string? Description { get; private set; }
    public ChainSegment Segment { get; private set; }
    public int? ParentId { get; private set; }
    public TaxonomyRef? Parent { get; private set; }

    private readonly List<TaxonomyRef> children = [];
    public IReadOnlyList<TaxonomyRef> Children => children;

    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

/// <summary>A person's assessed proficiency (0–4, see <see cref="Proficiency"/>) in one taxonomy node.</summary>
public sealed class SkillRef
{
    public int Id { get; private set; }
    public int EmployeeId { get; private set; }
    public EmployeeRef? Employee { get; private set; }
    public int TaxonomyNodeId { get; private set; }
    public TaxonomyRef? TaxonomyNode { get; private set; }
    public int Level { get; private set; }
    public string? Evidence { get; private set; }
    public string? AssessedBy { get; private set; }
    public DateOnly AssessedOn { get; private set; }
}

/// <summary>People's read models as queries other modules compose with their own (one SQL statement, read-only).</summary>
public static class PeopleReadTables
{
    extension(TalentChainDbContext db)
    {
        public IQueryable<EmployeeRef> EmployeeRefs => db.Set<EmployeeRef>();
        public IQueryable<EmploymentEventRef> EmploymentEventRefs => db.Set<EmploymentEventRef>();
        public IQueryable<OrgUnitRef> OrgUnitRefs => db.Set<OrgUnitRef>();
        public IQueryable<TaxonomyRef> TaxonomyRefs => db.Set<TaxonomyRef>();
        public IQueryable<SkillRef> SkillRefs => db.Set<SkillRef>();
    }
}
