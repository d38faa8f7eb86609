#pragma warning disable CA1812 // marker type: never instantiated, it only names a resource file
namespace TalentChain;

/// <summary>Strings of the Education area (on-the-job degrees, tuition claims, service commitments): Resources/EducationResource(.zh-CN).resx.</summary>
public sealed class EducationResource;
