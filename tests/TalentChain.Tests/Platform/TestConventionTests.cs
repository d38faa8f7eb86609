using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TalentChain.Tests.Platform;

/// <summary>
/// One naming style for every test in the solution: <c>Subject_Scenario_Expected</c>.
/// The test projects are read as metadata, not loaded, so the browser and cluster projects'
/// dependencies (Playwright, the cluster scripts) need not resolve inside this process.
/// </summary>
public partial class TestConventionTests
{
    [GeneratedRegex("^[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*$")]
    private static partial Regex TestName();

    [Fact]
    public void TestMethods_EveryBuiltTestProject_AreNamedSubjectScenarioExpected()
    {
        var assemblies = TestAssemblies();
        Assert.Contains(assemblies, a => Path.GetFileName(a) == "TalentChain.Tests.dll");

        var offenders = assemblies
            .SelectMany(a => TestMethods(a).Select(m => (Assembly: Path.GetFileNameWithoutExtension(a), Method: m)))
            .Where(t => !TestName().IsMatch(t.Method.Split('.')[^1]))
            .Select(t => $"{t.Assembly}: {t.Method}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0,
            $"{offenders.Count} test method(s) not named Subject_Scenario_Expected:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void TestMethods_InThisAssembly_AreFound()
    {
        // Guards the metadata reader above: if it stopped recognising [Fact]/[Theory], the
        // naming test would pass on an empty list.
        var own = TestMethods(typeof(TestConventionTests).Assembly.Location);
        Assert.Contains($"{nameof(TestConventionTests)}.{nameof(TestMethods_InThisAssembly_AreFound)}", own);
        Assert.True(own.Count > 100, $"only {own.Count} test methods found");
    }

    /// <summary>
    /// This assembly, plus every other test project in the solution whose DLL was built in the same
    /// configuration (tests/&lt;Project&gt;/bin/&lt;Configuration&gt;/&lt;tfm&gt;/&lt;Project&gt;.dll).
    /// </summary>
    private static List<string> TestAssemblies()
    {
        var own = typeof(TestConventionTests).Assembly.Location;
        var result = new List<string> { own };
        var root = FindSolutionRoot(AppContext.BaseDirectory);
        if (root is null) return result;

        // e.g. "bin/Release/net10.0", taken from where this assembly was built.
        var ownProjectDir = Path.Combine(root, "tests", "TalentChain.Tests");
        var outputDir = Path.GetRelativePath(ownProjectDir, Path.GetDirectoryName(own)!);

        var projects = XDocument.Load(Path.Combine(root, "TalentChain.slnx"))
            .Descendants("Project")
            .Select(p => (string?)p.Attribute("Path"))
            .OfType<string>()
            .Where(p => p.StartsWith("tests/", StringComparison.Ordinal));
        foreach (var project in projects)
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var dll = Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(project)!, outputDir, name + ".dll"));
            if (File.Exists(dll) && !result.Contains(dll, StringComparer.Ordinal)) result.Add(dll);
        }
        return result;
    }

    private static string? FindSolutionRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalentChain.slnx"))) return dir.FullName;
        }
        return null;
    }

    /// <summary>"Type.Method" for every method carrying [Fact], [Theory] or an attribute derived from them.</summary>
    private static List<string> TestMethods(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var found = new List<string>();
        foreach (var typeHandle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(typeHandle);
            foreach (var methodHandle in type.GetMethods())
            {
                var method = md.GetMethodDefinition(methodHandle);
                if (method.GetCustomAttributes().Any(a => IsTestAttribute(md, AttributeType(md, md.GetCustomAttribute(a)))))
                {
                    found.Add($"{md.GetString(type.Name)}.{md.GetString(method.Name)}");
                }
            }
        }
        return found;
    }

    private static EntityHandle AttributeType(MetadataReader md, CustomAttribute attribute) =>
        attribute.Constructor.Kind switch
        {
            HandleKind.MethodDefinition => md.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            HandleKind.MemberReference => md.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            _ => default,
        };

    private static bool IsTestAttribute(MetadataReader md, EntityHandle type)
    {
        for (var depth = 0; depth < 10 && !type.IsNil; depth++)
        {
            switch (type.Kind)
            {
                case HandleKind.TypeReference:
                    var reference = md.GetTypeReference((TypeReferenceHandle)type);
                    return md.GetString(reference.Namespace) == "Xunit"
                        && md.GetString(reference.Name) is "FactAttribute" or "TheoryAttribute";
                case HandleKind.TypeDefinition:
                    // An attribute declared in the test project itself, such as [ClusterFact].
                    type = md.GetTypeDefinition((TypeDefinitionHandle)type).BaseType;
                    break;
                default:
                    return false;
            }
        }
        return false;
    }
}
