#pragma warning disable CA1812 // marker type: never instantiated, it only names a resource file
namespace TalentChain;

/// <summary>Strings of org units, the expertise taxonomy, proficiency levels and skill records: Resources/TaxonomyResource(.zh-CN).resx.</summary>
public sealed class TaxonomyResource;
