#pragma warning disable CA1812 // marker type: never instantiated, it only names a resource file
namespace TalentChain;

/// <summary>Strings of the People area (directory, profile, employee edit, enum labels, proficiency definitions): Resources/PeopleResource(.zh-CN).resx.</summary>
public sealed class PeopleResource;
