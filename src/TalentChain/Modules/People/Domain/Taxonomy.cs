using TalentChain.Platform.Data;

using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.People.Domain;

/// <summary>A node of the rare-earth expertise taxonomy: segment → technology → skill.</summary>
public class TaxonomyNode : IVersioned
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public TaxonomyKind Kind { get; set; }
    public required string Name { get; set; }
    public string? NameZh { get; set; }
    public string? Description { get; set; }
    public ChainSegment Segment { get; set; }
    public int? ParentId { get; set; }
    public TaxonomyNode? Parent { get; set; }
    public List<TaxonomyNode> Children { get; } = [];
    public long Version { get; set; }

    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}

/// <summary>A person's assessed proficiency (0–4) in one taxonomy node.</summary>
public class SkillRecord : IVersioned
{
    public int Id { get; set; }
    public int EmployeeId { get; set; }
    public Employee? Employee { get; set; }
    public int TaxonomyNodeId { get; set; }
    public TaxonomyNode? TaxonomyNode { get; set; }
    public int Level { get; set; }
    public string? Evidence { get; set; }
    public string? AssessedBy { get; set; }
    public DateOnly AssessedOn { get; set; }
    public long Version { get; set; }
}
