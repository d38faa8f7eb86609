#pragma warning disable CA1812 // marker type: names a resource file
namespace TalentChain;

/// <summary>The audit log page and API: Resources/AuditResource(.zh-CN).resx.</summary>
public sealed class AuditResource;
