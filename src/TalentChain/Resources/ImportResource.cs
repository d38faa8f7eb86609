#pragma warning disable CA1812 // marker type: never instantiated, it only names a resource file
namespace TalentChain;

/// <summary>Strings of the spreadsheet imports (page, API report, CLI): Resources/ImportResource(.zh-CN).resx.</summary>
public sealed class ImportResource;
