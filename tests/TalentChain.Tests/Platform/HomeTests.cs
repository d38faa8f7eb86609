using Microsoft.Extensions.Time.Testing;
using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Modules.People.Features.Overview;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

public class HomeTests(HomeTests.CountingFactory app) : IClassFixture<HomeTests.CountingFactory>
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

    /// <summary>
    /// The figures are counts over every employee and skill record (~0.7 s of database time at 100,000 employees):
    /// many viewers opening the home page at once must not each recompute them (ADR 0037).
    /// </summary>
    [Fact]
    public async Task Home_ManyViewersWithinAMinute_CountTheSkillRecordsOnce()
    {
        var exec = await app.SignInAsync("exec");
        var admin = await app.SignInAsync("admin");
        await exec.GetHtmlAsync("/");
        app.Commands.Clear();
        var pages = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? exec : admin).GetHtmlAsync("/")));
        Assert.All(pages, p => Assert.NotNull(p.QuerySelector("#stat-active")));
        Assert.DoesNotContain(app.Commands, c => c.Contains("\"SkillRecords\"", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Commands, c => c.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Counts every SQL command the app runs, so a test can see what a request costs.</summary>
    public sealed class CountingFactory : TalentChainFactory
    {
        public ConcurrentQueue<string> Commands { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.ConfigureDbContext<TalentChainDbContext>(o => o.AddInterceptors(new Counter(Commands))));
        }

        private sealed class Counter(ConcurrentQueue<string> commands) : DbCommandInterceptor
        {
            public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
            {
                commands.Enqueue(command.CommandText);
                return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
            }

            public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
            {
                commands.Enqueue(command.CommandText);
                return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
            }
        }
    }
}

/// <summary>The home figures may lag by at most <see cref="HomeFigures.MaxAge"/>.</summary>
public class HomeFreshnessTests(HomeFreshnessTests.ClockFactory app) : IClassFixture<HomeFreshnessTests.ClockFactory>
{
    [Fact]
    public async Task Home_AfterALeaver_ShowsTheNewHeadcountOnceTheFiguresAreAMinuteOld()
    {
        var client = await app.SignInAsync("exec");
        var before = (await client.GetHtmlAsync("/")).QuerySelector("#stat-active")!.TextContent;
        var active = app.WithDb(db => db.Employees.Count(e => e.Status == EmployeeStatus.Active));
        Assert.Equal(active.ToString("N0"), before);

        await app.WithDbAsync(async db =>
        {
            var leaver = await db.Employees.Where(e => e.Status == EmployeeStatus.Active).OrderByDescending(e => e.Id).FirstAsync();
            leaver.Status = EmployeeStatus.Departed;
            leaver.DepartureDate = db.Clock.Today();
            return await db.SaveChangesAsync();
        });
        app.Clock!.Advance(HomeFigures.MaxAge);

        var after = (await client.GetHtmlAsync("/")).QuerySelector("#stat-active")!.TextContent;
        Assert.Equal((active - 1).ToString("N0"), after);
    }

    public sealed class ClockFactory() : TalentChainFactory(DatabaseProvider.Sqlite, 150, new FakeTimeProvider(DateTimeOffset.UtcNow));
}
