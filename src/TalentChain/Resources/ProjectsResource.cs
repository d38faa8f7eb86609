#pragma warning disable CA1812 // marker type: never instantiated, it only names a resource file
namespace TalentChain;

/// <summary>Strings of the projects module: Resources/ProjectsResource(.zh-CN).resx.</summary>
public sealed class ProjectsResource;
