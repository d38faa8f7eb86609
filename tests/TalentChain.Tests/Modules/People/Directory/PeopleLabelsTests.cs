using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Features.Directory;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.People.Directory;

/// <summary>The enum labels are looked up by computed keys, which the resource-key scan cannot see: check them here.</summary>
public class PeopleLabelsTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    public static TheoryData<string> Cultures => new() { "en", "zh-CN" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void PeopleLabels_EveryEnumValueAndLevel_HasALabel(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            using var scope = app.Services.CreateScope();
            var labels = scope.ServiceProvider.GetRequiredService<PeopleLabels>();
            var texts = Enum.GetValues<ChainSegment>().Select(labels.Segment)
                .Concat(Enum.GetValues<CareerTrack>().Select(labels.Track))
                .Concat(Enum.GetValues<ProfessionalTitle>().Select(labels.Title))
                .Concat(Enum.GetValues<EmployeeStatus>().Select(labels.Status))
                .Concat(Enum.GetValues<EmploymentEventKind>().Select(labels.Event))
                .Concat(Enum.GetValues<StatusFilter>().Select(labels.StatusFilter))
                .Concat(Enum.GetValues<DirectorySort>().Select(labels.Sort))
                .Concat(Enumerable.Range(Proficiency.Min, Proficiency.Max + 1).SelectMany(l => new[] { labels.Level(l), labels.LevelDefinition(l) }))
                .ToList();
            // A missing key comes back as the key itself, e.g. "Segment.Separation".
            Assert.DoesNotContain(texts, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^[A-Za-z]+\.[A-Za-z0-9.]+$"));
            Assert.Equal(culture == "en" ? "Senior engineer" : "高级工程师", labels.Title(ProfessionalTitle.SeniorEngineer));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
