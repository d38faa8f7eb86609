#pragma warning disable CA1812 // marker type: never instantiated, it only names a resource file
namespace TalentChain;

/// <summary>Strings of the Labs area (labs and R&amp;D centres, qualifications, access grants, badge logs): Resources/LabsResource(.zh-CN).resx.</summary>
public sealed class LabsResource;
