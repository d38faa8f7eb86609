#pragma warning disable CA1812 // marker types: never instantiated, they only name a resource file
namespace TalentChain;

/// <summary>Strings of the layout, navigation, common words and platform pages: Resources/SharedResource(.zh-CN).resx.</summary>
public sealed class SharedResource;

// Each module or feature area adds its own marker (one file each) and its own pair of .resx files.
