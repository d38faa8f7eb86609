#pragma warning disable CA1812 // marker type: never instantiated, it only names a resource file
namespace TalentChain;

/// <summary>Strings of 1+5+N rotation planning (host-unit offers, preferences, schedules): Resources/RotationsResource(.zh-CN).resx.</summary>
public sealed class RotationsResource;
