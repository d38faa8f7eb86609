#pragma warning disable CA1812 // marker types: never instantiated, they only name a resource file
namespace TalentChain;

/// <summary>Strings of the layout, navigation, common words and platform pages: Resources/SharedResource(.zh-CN).resx.</summary>
public sealed class SharedResource;

/// <summary>People, org units, taxonomy, skills, directory: Resources/PeopleResource(.zh-CN).resx.</summary>
public sealed class PeopleResource;

/// <summary>Imports and their row-level reports: Resources/ImportResource(.zh-CN).resx.</summary>
public sealed class ImportResource;
