#pragma warning disable CA1812 // marker type: never instantiated, it only names a resource file
namespace TalentChain;

/// <summary>Strings of 1+1+1 mentor matching (rounds, eligibility, proposals, relationships): Resources/MentoringResource(.zh-CN).resx.</summary>
public sealed class MentoringResource;
