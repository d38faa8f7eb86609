#pragma warning disable CA1812 // marker type: never instantiated, it only names a resource file
namespace TalentChain;

/// <summary>Strings of the talent program (programs, cohorts, stages, plans, reviews, training, dashboard): Resources/TalentProgramResource(.zh-CN).resx.</summary>
public sealed class TalentProgramResource;
