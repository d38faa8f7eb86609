using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using System.Xml.Linq;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

public partial class LocalizationTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    public static TheoryData<string> ResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(Repository.Root, "src/TalentChain/Resources"), "*.resx").Where(f => !f.Contains(".zh-CN.")).Order())
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Resources_EnglishAndChinese_HaveTheSameNonEmptyKeys(string resource)
    {
        var dir = Path.Combine(Repository.Root, "src/TalentChain/Resources");
        var en = Read(Path.Combine(dir, resource + ".resx"));
        var zh = Read(Path.Combine(dir, resource + ".zh-CN.resx"));
        Assert.Empty(en.Keys.Except(zh.Keys).Select(k => $"{k} missing in zh-CN"));
        Assert.Empty(zh.Keys.Except(en.Keys).Select(k => $"{k} missing in en"));
        Assert.Empty(en.Concat(zh).Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => $"{kv.Key} is empty"));
        // Placeholders must match, or one language would print a different value than the other.
        foreach (var (key, value) in en)
            Assert.True(Placeholders(value).SetEquals(Placeholders(zh[key])), $"{resource}:{key} placeholders differ between en and zh-CN");
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Resources_ResolveAtRunTimeThroughTheirMarkerType_InBothLanguages(string resource)
    {
        var marker = typeof(SharedResource).Assembly.GetType("TalentChain." + resource);
        Assert.True(marker is not null, $"marker class TalentChain.{resource} is missing");
        var factory = app.Services.GetRequiredService<IStringLocalizerFactory>();
        var localizer = factory.Create(marker!);
        var dir = Path.Combine(Repository.Root, "src/TalentChain/Resources");
        var (key, english) = Read(Path.Combine(dir, resource + ".resx")).First();
        var chinese = Read(Path.Combine(dir, resource + ".zh-CN.resx"))[key];
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            Assert.Equal(english, localizer[key].Value);
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            Assert.Equal(chinese, localizer[key].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Resources_EveryKeyUsedInCode_Exists()
    {
        var root = Repository.Root;
        var keys = Directory.GetFiles(Path.Combine(root, "src/TalentChain/Resources"), "*.resx")
            .Where(f => !f.Contains(".zh-CN.")).SelectMany(f => Read(f).Keys).ToHashSet();
        var missing = Directory.EnumerateFiles(Path.Combine(root, "src/TalentChain"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains("/obj/") && !f.Contains("/bin/"))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            // A key ending in "." is the prefix of keys built from an enum value (K["GrantState." + state]): some must exist.
            .Where(u => u.Key.EndsWith('.') ? !keys.Any(k => k.StartsWith(u.Key, StringComparison.Ordinal)) : !keys.Contains(u.Key))
            .Select(u => $"{u.File}: {u.Key}")
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, "Keys used but not in any resource: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Page_InChinese_ShowsChineseLabels()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var doc = await client.GetHtmlAsync("/account/login");
        Assert.Equal("登录", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("zh-CN", doc.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task CultureSwitch_Selected_IsRememberedInCookie()
    {
        var client = await app.SignInAsync("exec");
        var switched = await client.PostFormAsync("/culture", new() { ["culture"] = "zh-CN", ["returnUrl"] = "/" }, tokenFrom: "/");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, switched.StatusCode);
        var doc = await client.GetHtmlAsync("/");
        Assert.Contains("人员名录", doc.QuerySelector("nav")!.TextContent);
    }

    private static HashSet<string> Placeholders(string s) => Placeholder().Matches(s).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    // T["Key"], t["Key"], L["Key"], P["Key"] … as the localizers are named in this code base.
    [GeneratedRegex(@"\b(?:T|t|L|P|I|A|K|KN|M|R|X|loc)\[""([A-Za-z0-9_.]+)""")]
    private static partial Regex KeyUse();
}

/// <summary>Every phase a solver reports is shown to users in both languages (job progress reads Job.Phase.Solver.&lt;phase&gt;).</summary>
public sealed class SolverPhaseLocalizationTests
{
    private sealed class Phases : IProgress<TalentChain.Optimization.SolverProgress>
    {
        public HashSet<string> Seen { get; } = [];

        public void Report(TalentChain.Optimization.SolverProgress value)
        {
            lock (Seen) Seen.Add(value.Phase);
        }
    }

    [Fact]
    public void SolverPhases_EveryReportedPhase_HasEnglishAndChineseLabel()
    {
        var phases = new Phases();
        // Mentoring: M1 could serve P1 as technical and career mentor, P2 only as technical: the pair rule binds.
        var mentoring = TalentChain.Optimization.Mentoring.MentoringJson.ReadInstance("""
            { "mentors": [ { "id": "M1", "capacity": { "technical": 1, "career": 1, "peer": 0 }, "totalCapacity": 2 },
                           { "id": "M2", "capacity": { "technical": 0, "career": 1, "peer": 1 }, "totalCapacity": 1 } ],
              "candidates": [ { "participant": "P1", "mentor": "M1", "role": "technical", "score": 9 },
                              { "participant": "P1", "mentor": "M1", "role": "career", "score": 8 },
                              { "participant": "P2", "mentor": "M1", "role": "technical", "score": 7 },
                              { "participant": "P1", "mentor": "M2", "role": "career", "score": 2 },
                              { "participant": "P2", "mentor": "M2", "role": "peer", "score": 4 } ] }
            """);
        TalentChain.Optimization.Mentoring.MentoringSolver.Solve(mentoring, progress: phases);
        var rotations = TalentChain.Optimization.Rotations.RotationJson.ReadInstance("""
            { "periods": 4, "rotationsPerParticipant": 2, "minSegments": 2,
              "hostUnits": [ { "id": "U1", "segment": "a", "capacity": [1,1,1,1] }, { "id": "U2", "segment": "b", "capacity": [1,1,1,1] },
                             { "id": "U3", "segment": "b", "capacity": [1,0,1,1] } ],
              "participants": [ { "id": "P1", "homeUnit": "U9", "startPeriod": 1, "preferences": { "U1": 3, "U2": 1 } },
                                { "id": "P2", "homeUnit": "U3", "startPeriod": 1, "preferences": { "U1": 2 } },
                                { "id": "P3", "homeUnit": "U9", "startPeriod": 2, "preferences": { "U3": 5 } } ] }
            """);
        TalentChain.Optimization.Rotations.RotationSolver.Solve(rotations, progress: phases);
        var placement = new TalentChain.Optimization.Placement.PlacementInstance(
            [new("P1"), new("P2")], [new("R1", 1, "H1"), new("R2", 1, "H1")],
            [new("P1", "R1", 5), new("P2", "R1", 3), new("P2", "R2", 1)]);
        TalentChain.Optimization.Placement.PlacementSolver.Solve(placement, progress: phases);
        Assert.Contains("certificate", phases.Seen);

        var dir = Path.Combine(Repository.Root, "src/TalentChain/Resources");
        var en = XDocument.Load(Path.Combine(dir, "SharedResource.resx")).Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();
        var zh = XDocument.Load(Path.Combine(dir, "SharedResource.zh-CN.resx")).Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();
        Assert.Contains("done", phases.Seen);
        foreach (var key in phases.Seen.Select(p => "Job.Phase.Solver." + p))
        {
            Assert.Contains(key, en);
            Assert.Contains(key, zh);
        }
    }
}
