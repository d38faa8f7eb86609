using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.Knowledge;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.Knowledge.Features.FlightRisk;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;

using TalentChain.Modules.People.Contracts;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Knowledge;

/// <summary>Another module contributes a factor by registering an <see cref="IFlightRiskFactor"/>; it is summed and explained like the built-in ones.</summary>
public sealed class FlightRiskExtensionTests(KnowledgeFactory app) : IClassFixture<KnowledgeFactory>
{
    private sealed class MilestoneFactor : IFlightRiskFactor
    {
        public string Key => "milestones";
        public string Name => "Missed milestones";
        public int MaxPoints => 12;

        public Task<IReadOnlyDictionary<int, FactorContribution>> EvaluateAsync(FlightRiskContext context, CancellationToken ct) =>
            Task.FromResult<IReadOnlyDictionary<int, FactorContribution>>(context.People.ToDictionary(p => p.EmployeeId, _ => new FactorContribution(50, "Missed two program milestones")));
    }

    [Fact]
    public async Task FlightRisk_RegisteredFactor_IsListedCappedAndAddedToScore()
    {
        using var extended = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<IFlightRiskFactor, MilestoneFactor>()));
        var target = await app.WithDbAsync(db => db.PersonAssessments.OrderBy(a => a.Id).Select(a => a.EmployeeId).FirstAsync());

        var client = extended.CreateClient(new() { AllowAutoRedirect = false });
        var token = await app.ApiClientAsync("knowledge"); // same database: a token issued by one host works on the other
        client.DefaultRequestHeaders.Authorization = token.DefaultRequestHeaders.Authorization;

        var detail = await client.GetJsonAsync<RiskDetail>($"/api/v1/knowledge/flight-risk/{target}");
        var factors = detail.Risk.Factors;
        var added = Assert.Single(factors, f => f.Key == "milestones");
        Assert.Equal(12, added.Points); // 50 asked, clamped to MaxPoints
        Assert.Equal("Missed two program milestones", added.Explanation);
        Assert.Equal(Math.Min(100, factors.Sum(f => f.Points)), detail.Risk.ComputedScore);
    }

    [Fact]
    public async Task RecordDeparture_LineManagerForNonReport_IsRefused()
    {
        var manager = await app.ApiClientAsync("manager");
        var outsider = await app.WithDbAsync(db => db.Employees.Where(e => e.OrgUnit!.Code == "HQ-FIN" && e.Status == EmployeeStatus.Active).Select(e => e.EmployeeNumber).FirstAsync());
        var response = await manager.PostAsJsonAsync("/api/v1/knowledge/departures", new
        {
            employeeNumber = outsider, noticeDate = "2026-06-15", lastDay = "2026-07-15", reason = "Resignation", destination = "Other",
        });
        Assert.Contains($"There is no active employee with the number {outsider}.", await ApiAssert.FieldErrorsAsync(response, "EmployeeNumber"));
        Assert.False(await app.WithDbAsync(db => db.Departures.AnyAsync(d => d.EmployeeId == db.Set<Employee>().Where(e => e.EmployeeNumber == outsider).Select(e => e.Id).First())));
    }
}
