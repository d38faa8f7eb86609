#pragma warning disable CA1812 // marker type: never instantiated, it only names a resource file
namespace TalentChain;

/// <summary>Strings of the career-pathways module: Resources/CareersResource(.zh-CN).resx.</summary>
public sealed class CareersResource;
