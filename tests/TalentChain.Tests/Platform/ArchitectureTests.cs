using System.Text.RegularExpressions;

using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>
/// Module boundaries (kgrzybek/modular-monolith style, checked on the source since NetArchTest is not available):
/// a module may use another module only through its contract (<c>Modules.X</c>) and its entities
/// (<c>Modules.X.Domain</c>), never its use cases, EF configurations or demo data; the platform never uses a
/// module's use cases.
/// </summary>
public partial class ArchitectureTests
{
    private static readonly string Src = Path.Combine(Repository.Root, "src", "TalentChain");

    private static IEnumerable<(string File, string Text)> Sources(string under) =>
        Directory.EnumerateFiles(Path.Combine(Src, under), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains("/obj/") && !f.Contains("/bin/"))
            .Select(f => (Path.GetRelativePath(Src, f), File.ReadAllText(f)));

    [Fact]
    public void Modules_UsingOtherModules_GoThroughContractsAndEntities()
    {
        var modules = Directory.GetDirectories(Path.Combine(Src, "Modules")).Select(Path.GetFileName).ToList();
        Assert.Contains("People", modules);
        var violations = new List<string>();
        foreach (var module in modules)
        {
            foreach (var (file, text) in Sources(Path.Combine("Modules", module!)))
            {
                foreach (Match m in InternalReference().Matches(text))
                {
                    if (m.Groups["module"].Value != module) violations.Add($"{file} uses {m.Value}");
                }
            }
        }
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Platform_AnyType_NeverUsesAModulesUseCases()
    {
        var violations = Sources("Platform")
            .SelectMany(s => InternalReference().Matches(s.Text).Select(m => $"{s.File} uses {m.Value}"))
            .ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [GeneratedRegex(@"TalentChain\.Modules\.(?<module>\w+)\.(?:Features|Data|Demo)\b[\w.]*")]
    private static partial Regex InternalReference();
}
