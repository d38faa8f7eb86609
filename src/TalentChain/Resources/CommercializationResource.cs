#pragma warning disable CA1812 // marker type: never instantiated, it only names a resource file
namespace TalentChain;

/// <summary>Strings of the Commercialization area (disclosures, evaluation, IP protection, legal advisory, sharing sessions, deals): Resources/CommercializationResource(.zh-CN).resx.</summary>
public sealed class CommercializationResource;
