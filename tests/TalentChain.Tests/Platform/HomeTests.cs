using TalentChain.Modules.People.Domain;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

public class HomeTests(TalentChainFactory app) : IClassFixture<TalentChainFactory>
{
    [Fact]
    public async Task Home_ShowsHeadcountPerIndustrialChainSegment_MatchingTheDatabase()
    {
        var client = await app.SignInAsync("exec");
        var doc = await client.GetHtmlAsync("/");
        var rows = doc.QuerySelectorAll("#chain-table tbody tr").ToList();
        Assert.Equal(Enum.GetValues<ChainSegment>().Length, rows.Count);
        var separation = rows.Single(r => r.Children[0].TextContent == "Separation");
        var expected = app.WithDb(db => db.Employees.Count(e => e.Status == EmployeeStatus.Active && e.OrgUnit!.Segment == ChainSegment.Separation));
        Assert.True(expected > 0);
        Assert.Equal(expected.ToString("N0"), separation.Children[1].TextContent);
    }
}
