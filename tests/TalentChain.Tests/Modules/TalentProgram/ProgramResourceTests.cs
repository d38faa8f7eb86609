using System.Xml.Linq;
using TalentChain.Modules.TalentProgram;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.TalentProgram;

/// <summary>Keys the module builds at run time (enum labels, eligibility reasons, diff field names) exist in both languages.</summary>
public class ProgramResourceTests
{
    private static Dictionary<string, string> Read(string culture) =>
        XDocument.Load(Path.Combine(Repository.Root, "src/TalentChain/Resources", culture == "en" ? "TalentProgramResource.resx" : "TalentProgramResource.zh-CN.resx"))
            .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    public static IEnumerable<string> ComputedKeys() =>
        ProgramText.LabelledEnums.SelectMany(t => Enum.GetNames(t).Select(n => $"{t.Name}.{n}"))
            .Concat(new[] { "Departed", "Track", "Segment", "Title", "Tenure", "AgeUnknown", "TooYoung", "TooOld" }.Select(k => "Eligibility." + k))
            .Concat(new[] { "Skill", "CurrentLevel", "TargetLevel", "Outcome", "DueDate", "Kind", "Title", "Status", "Course", "PlannedStart", "PlannedEnd" }.Select(k => "Field." + k));

    [Fact]
    public void Resources_EveryComputedKey_HasEnglishAndChinese()
    {
        var (en, zh) = (Read("en"), Read("zh"));
        var missing = ComputedKeys().Where(k => !en.ContainsKey(k) || !zh.ContainsKey(k) || string.IsNullOrWhiteSpace(zh[k])).ToList();
        Assert.True(missing.Count == 0, "Missing: " + string.Join(", ", missing));
        Assert.NotEqual(en["ParticipantStatus.Selected"], zh["ParticipantStatus.Selected"]);
    }
}
