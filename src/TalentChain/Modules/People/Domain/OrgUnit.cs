using TalentChain.Platform.Data;

using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.People.Domain;

/// <summary>A unit of the organisation, laid along the industrial chain; units form a tree.</summary>
public class OrgUnit : IVersioned
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameZh { get; set; }
    public ChainSegment Segment { get; set; }
    public string? Site { get; set; }
    public int? ParentId { get; set; }
    public OrgUnit? Parent { get; set; }
    public List<OrgUnit> Children { get; } = [];
    public long Version { get; set; }

    public string DisplayName(bool chinese) => UiCulture.Pick(Name, NameZh, chinese);
}
