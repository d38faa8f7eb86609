using System.Net.Http.Json;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Knowledge.Features.FlightRisk;
using TalentChain.Modules.Knowledge.Features.Succession;
using TalentChain.Modules.Knowledge;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram;
using TalentChain.Platform.Demo;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Knowledge;

/// <summary>Knowledge continuity uses the talent program: review outcomes feed flight risk; successors' actions link to their IDP.</summary>
public sealed class ProgramIntegrationTests(KnowledgeFactory app) : IClassFixture<KnowledgeFactory>
{
    private Task<int> ParticipantEmployeeAsync() => app.WithDbAsync(db =>
        db.Users.Where(u => u.Email == "participant" + DemoSeeder.EmailDomain).Select(u => u.EmployeeId!.Value).SingleAsync());

    private async Task<FactorLine> ProgramFactorAsync(int employeeId)
    {
        var api = await app.ApiClientAsync("knowledge");
        var detail = await api.GetJsonAsync<RiskDetail>($"/api/v1/knowledge/flight-risk/{employeeId}");
        return detail.Risk.Factors.Single(f => f.Key == "programReview");
    }

    [Fact]
    public async Task FlightRisk_ReviewAtRiskOrOverdue_AddsPointsWithReason()
    {
        var employee = await ParticipantEmployeeAsync();
        var today = app.Today;
        await app.WithDbAsync(async db =>
        {
            var reviews = db.Reviews.Where(r => r.Participant!.EmployeeId == employee);
            Assert.True(await reviews.AnyAsync(), "the demo participant has reviews");
            await reviews.Where(r => r.CompletedOn == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.DueDate, today.AddDays(60)));
            var first = await reviews.OrderBy(r => r.Sequence).Select(r => r.Id).FirstAsync();
            await reviews.Where(r => r.Id == first).ExecuteUpdateAsync(s => s.SetProperty(r => r.CompletedOn, today.AddDays(-20)).SetProperty(r => r.Decision, ReviewDecision.AtRisk));
            await reviews.Where(r => r.Id != first && r.CompletedOn != null).ExecuteUpdateAsync(s => s.SetProperty(r => r.CompletedOn, today.AddDays(-400)).SetProperty(r => r.Decision, ReviewDecision.OnTrack));
            return 0;
        });

        var factor = await ProgramFactorAsync(employee);
        Assert.Equal(10, factor.Points);
        Assert.Contains("at risk", factor.Explanation, StringComparison.Ordinal);

        await app.WithDbAsync(db => db.Reviews.Where(r => r.Participant!.EmployeeId == employee && r.CompletedOn == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DueDate, today.AddDays(-3))));
        factor = await ProgramFactorAsync(employee);
        Assert.Equal(15, factor.Points);
        Assert.Contains("overdue since " + today.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), factor.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentActionForAProgramParticipant_LinksToTheirPlan_AndThePlanPageShowsIt()
    {
        var employee = await ParticipantEmployeeAsync();
        var (number, participantId) = await app.WithDbAsync(async db => (
            await db.Employees.Where(e => e.Id == employee).Select(e => e.EmployeeNumber).SingleAsync(),
            await db.Participants.Where(p => p.EmployeeId == employee && p.Status == ParticipantStatus.Selected).Select(p => p.Id).SingleAsync()));
        var planId = await app.WithDbAsync(db => db.SuccessionPlans.Where(p => p.IncumbentEmployeeId != employee && !p.Successors.Any(s => s.EmployeeId == employee)).Select(p => p.Id).FirstAsync());
        var api = await app.ApiClientAsync("knowledge");

        var withSuccessor = await ApiAssert.JsonAsync<PlanView>(await api.PostAsJsonAsync($"/api/v1/knowledge/succession-plans/{planId}/successors",
            new { employeeNumber = number, readiness = "OneToTwoYears" }), HttpStatusCode.OK);
        var successor = withSuccessor.Successors.Single(s => s.Person.EmployeeNumber == number);
        Assert.Equal($"/program/participants/{participantId}/plan", successor.Program!.PlanUrl);

        var withAction = await ApiAssert.JsonAsync<PlanView>(await api.PostAsJsonAsync($"/api/v1/knowledge/succession-plans/{planId}/successors/{successor.Id}/actions",
            new { text = "Lead the heavy-RE cascade revamp", dueDate = "2026-12-31" }), HttpStatusCode.OK);
        var action = withAction.Successors.Single(s => s.Person.EmployeeNumber == number)
            .Actions.Single(a => a.Text == "Lead the heavy-RE cascade revamp");
        Assert.Equal($"/program/participants/{participantId}/plan", action.IdpUrl);
        Assert.Equal(participantId, action.IdpId);

        var officer = await app.SignInAsync("knowledge");
        var page = await officer.GetHtmlAsync($"/knowledge/succession/{planId}");
        Assert.Equal($"/program/participants/{participantId}/plan", page.QuerySelector($".successor[data-employee='{number}'] .successor-idp")!.GetAttribute("href"));
    }
}
