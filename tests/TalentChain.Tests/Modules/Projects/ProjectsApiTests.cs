using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.Projects.Features.Catalog;
using TalentChain.Modules.Projects.Features.Network;
using TalentChain.Modules.Projects.Features.Rounds;
using TalentChain.Modules.Rotations.Contracts;
using TalentChain.Modules.TalentProgram;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.People;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Features.Plans;
using TalentChain.Platform.Notifications;
using TalentChain.Modules.People.Contracts;
using TalentChain.Tests.Infrastructure;
using static TalentChain.Tests.Modules.Projects.ProjectsTestData;

namespace TalentChain.Tests.Modules.Projects;

/// <summary>Projects through the API: projects and roles, a placement round solved as a job, its proposal, publishing into plans, and who sees what.</summary>
public abstract class ProjectsApiTests(TalentChainFactory app)
{
    private static string Round(int id) => $"/api/v1/projects/rounds/{id}";

    /// <summary>
    /// Five participants and two one-seat roles in the same period needing skill A ≥ 1: p0, p1, p3 meet it, p2 does not, p4
    /// meets it but is forbidden everywhere; p1 and p3 are forbidden R2. The optimum places p0 on R2 and one of p1/p3 on R1.
    /// </summary>
    private async Task<(ProjectDetail Project, RoleView R1, RoleView R2, List<Person> People, RoundDetail Round)> ScenarioAsync(HttpClient pm)
    {
        var (cohortId, people) = await NewCohortAsync(app, [(2, 0), (2, 0), (0, 0), (2, 0), (2, 0)]);
        var project = await CreateProjectAsync(app, pm);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = today.AddMonths(1);
        var r1 = await AddRoleAsync(pm, project.Project.Id, "Sm-Co process engineer", 1, start, start.AddMonths(5), (SkillA, 1));
        var r2 = await AddRoleAsync(pm, project.Project.Id, "Sm-Co pilot line lead", 1, start, start.AddMonths(5), (SkillA, 1), (SkillB, 0));
        var round = await ApiAssert.JsonAsync<RoundDetail>(await pm.PostAsJsonAsync("/api/v1/projects/rounds", new
        {
            cohortId, name = "Test placement", participantIds = people.Select(p => p.ParticipantId), roles = new[] { new { roleId = r1.Id, period = "P1" }, new { roleId = r2.Id, period = "P1" } },
        }), HttpStatusCode.Created);
        foreach (var (who, role) in new[] { (1, r2.Id), (3, r2.Id), (4, r1.Id), (4, r2.Id) })
            round = await ApiAssert.JsonAsync<RoundDetail>(await pm.PostAsJsonAsync($"{Round(round.Round.Id)}/rules", new { participantId = people[who].ParticipantId, roleId = role, kind = "Forbid" }), HttpStatusCode.OK);
        return (project, r1, r2, people, round);
    }

    [Fact]
    public async Task Placement_SolvePublishRepublish_OptimalWithReasonsIntoPlansOnce()
    {
        var pm = await app.ApiClientAsync("pm");
        var (project, r1, r2, people, round) = await ScenarioAsync(pm);
        var id = round.Round.Id;
        Assert.Equal(4, round.Rules.Count);
        // The pin the program manager wants is one the solver can honour.
        round = await ApiAssert.JsonAsync<RoundDetail>(await pm.PostAsJsonAsync($"{Round(id)}/rules", new { participantId = people[0].ParticipantId, roleId = r2.Id, kind = "Pin" }), HttpStatusCode.OK);

        var job = await SolveAsync(pm, id);
        Assert.True(job.Status == "Succeeded", job.Error);
        var detail = await pm.GetJsonAsync<RoundDetail>(Round(id));
        Assert.Equal(RoundStatus.Proposed, detail.Round.Status);
        var proposal = Assert.IsType<ProposalView>(detail.Proposal);
        Assert.True(proposal.Optimal);
        Assert.True(proposal.CertificateVerified);
        Assert.Equal(2, proposal.Placed);
        var p0 = proposal.Assignments.Single(a => a.ParticipantId == people[0].ParticipantId);
        Assert.Equal(r2.Id, p0.RoleId);
        Assert.True(p0.Pinned);
        // Plan goal on A from 2 to 4; the role needs A ≥ 1 and works it up to 3: one level of the gap, 10 points.
        Assert.Equal(10, p0.Value.PlanGap);
        Assert.Equal(p0.Value.PlanGap + p0.Value.NewSegment + p0.Value.NewUnit, p0.Value.Total);
        Assert.Contains(p0.Value.Gaps, g => g.SkillCode == SkillA && g.Exercised == 1);
        var second = proposal.Assignments.Single(a => a.ParticipantId != people[0].ParticipantId);
        Assert.Equal(r1.Id, second.RoleId);
        Assert.Contains(second.ParticipantId, new[] { people[1].ParticipantId, people[3].ParticipantId });
        Assert.Equal(proposal.Assignments.Sum(a => a.Value.Total), proposal.TotalValue);

        // Reasons in words.
        var noSkill = proposal.Unplaced.Single(u => u.ParticipantId == people[2].ParticipantId);
        Assert.Equal(UnplacedKind.NoCompetentRole, noSkill.Kind);
        Assert.Contains("Sm-Co", noSkill.Reason, StringComparison.Ordinal);
        var forbidden = proposal.Unplaced.Single(u => u.ParticipantId == people[4].ParticipantId);
        Assert.Equal(UnplacedKind.AllForbidden, forbidden.Kind);
        Assert.Contains("forbidden", forbidden.Reason, StringComparison.Ordinal);
        var outbid = proposal.Unplaced.Single(u => u.ParticipantId != people[2].ParticipantId && u.ParticipantId != people[4].ParticipantId);
        Assert.Equal(UnplacedKind.SeatsTaken, outbid.Kind);
        Assert.Contains("Sm-Co process engineer", outbid.Reason, StringComparison.Ordinal);

        // A proposal that no longer fits is refused: R1's seats were cut to none.
        await ApiAssert.JsonAsync<ProjectDetail>(await pm.PutAsJsonAsync($"/api/v1/projects/{project.Project.Id}/roles/{r1.Id}", new
        {
            title = r1.Title, seats = 0, startDate = r1.StartDate, endDate = r1.EndDate, skills = new[] { new { skillCode = SkillA, minLevel = 1 } },
        }), HttpStatusCode.OK);
        var stale = await ApiAssert.FieldErrorsAsync(await pm.PostAsync($"{Round(id)}/publish", null), "proposal");
        Assert.Contains(stale, e => e.Contains("now has 0 seat(s) but the proposal places 1", StringComparison.Ordinal));
        Assert.Empty((await pm.GetJsonAsync<ProjectDetail>($"/api/v1/projects/{project.Project.Id}")).Members);
        await ApiAssert.JsonAsync<ProjectDetail>(await pm.PutAsJsonAsync($"/api/v1/projects/{project.Project.Id}/roles/{r1.Id}", new
        {
            title = r1.Title, seats = 1, startDate = r1.StartDate, endDate = r1.EndDate, skills = new[] { new { skillCode = SkillA, minLevel = 1 } },
        }), HttpStatusCode.OK);

        var published = await ApiAssert.JsonAsync<RoundDetail>(await pm.PostAsync($"{Round(id)}/publish", null), HttpStatusCode.OK);
        Assert.Equal(RoundStatus.Published, published.Round.Status);
        var members = (await pm.GetJsonAsync<ProjectDetail>($"/api/v1/projects/{project.Project.Id}")).Members;
        Assert.Equal(2, members.Count);
        Assert.All(members, m => Assert.Equal(MembershipSource.Placement, m.Source));
        Assert.Contains(members, m => m.EmployeeId == people[0].EmployeeId && m.RoleId == r2.Id && m.From == r2.StartDate && m.To == r2.EndDate);

        // The plan carries the project activity (read back through the program's plan API).
        var plan = await pm.GetJsonAsync<PlanView>($"/api/v1/program/participants/{people[0].ParticipantId}/plan");
        var activity = Assert.Single(plan.Activities, a => a.Kind == ActivityKind.Project);
        Assert.Contains("Sm-Co pilot line lead", activity.Title, StringComparison.Ordinal);
        Assert.Equal(r2.StartDate, activity.PlannedStart);

        // Participant and line manager are told.
        var (employee, manager) = await app.WithDbAsync(db => db.Participants.Where(p => p.Id == people[0].ParticipantId).Select(p => new { p.EmployeeId, p.Employee!.ManagerId }).SingleAsync())
            .ContinueWith(x => (x.Result.EmployeeId, x.Result.ManagerId!.Value), TaskScheduler.Default);
        var notes = await app.WithDbAsync(db => db.Notifications.Where(n => n.EmployeeId == employee || n.EmployeeId == manager).Select(n => new { n.EmployeeId, n.Kind }).ToListAsync());
        Assert.Contains(notes, n => n.EmployeeId == employee && n.Kind == "Notify.Placed.Subject");
        Assert.Contains(notes, n => n.EmployeeId == manager && n.Kind == "Notify.PlacedManager.Subject");

        // Solving and publishing again changes nothing twice: still two members, one project activity.
        Assert.Equal("Succeeded", (await SolveAsync(pm, id)).Status);
        await ApiAssert.JsonAsync<RoundDetail>(await pm.PostAsync($"{Round(id)}/publish", null), HttpStatusCode.OK);
        Assert.Equal(2, (await pm.GetJsonAsync<ProjectDetail>($"/api/v1/projects/{project.Project.Id}")).Members.Count);
        plan = await pm.GetJsonAsync<PlanView>($"/api/v1/program/participants/{people[0].ParticipantId}/plan");
        Assert.Single(plan.Activities, a => a.Kind == ActivityKind.Project);

        // The proposal exports.
        var csv = await pm.GetAsync($"{Round(id)}/proposal/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains(people[0].EmployeeNumber, await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pin_ToARoleTheyDoNotMeet_IsRefusedNamingTheSkillNothingWritten()
    {
        var pm = await app.ApiClientAsync("pm");
        var (_, r1, _, people, round) = await ScenarioAsync(pm);
        var errors = await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync($"{Round(round.Round.Id)}/rules", new { participantId = people[2].ParticipantId, roleId = r1.Id, kind = "Pin" }), "roleId");
        Assert.Contains(errors, e => e.Contains("cannot be pinned", StringComparison.Ordinal) && e.Contains("Sm-Co", StringComparison.Ordinal));
        var after = await pm.GetJsonAsync<RoundDetail>(Round(round.Round.Id));
        Assert.DoesNotContain(after.Rules, r => r.Kind == RuleKind.Pin);

        // The same refusal in Chinese.
        using var zh = new HttpRequestMessage(HttpMethod.Post, $"{Round(round.Round.Id)}/rules") { Content = JsonContent.Create(new { participantId = people[2].ParticipantId, roleId = r1.Id, kind = "Pin" }) };
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var zhErrors = await ApiAssert.FieldErrorsAsync(await pm.SendAsync(zh), "roleId");
        Assert.Contains(zhErrors, e => e.Contains("未达到岗位最低能力要求", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadInput_ProjectAndRole_SpecificMessagesNothingWritten()
    {
        var pm = await app.ApiClientAsync("pm");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var code = NewCode("BAD");
        var errors = await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync("/api/v1/projects", new
        {
            code, title = "Backwards", kind = "Strategic", segment = "Separation", leadUnitCode = "SEP1-SX", sponsorEmployeeNumber = "nobody-here",
            startDate = today, endDate = today.AddDays(-1), classification = "Public",
        }), "endDate");
        Assert.Contains(errors, e => e.Contains("before it starts", StringComparison.Ordinal));
        Assert.Empty(await pm.GetJsonAsync<List<ProjectSummary>>($"/api/v1/projects?q={code}"));

        var project = await CreateProjectAsync(app, pm);
        var pid = project.Project.Id;
        var unknown = await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync($"/api/v1/projects/{pid}/roles", new
        {
            title = "Needs nothing real", seats = 1, skills = new[] { new { skillCode = SkillA, minLevel = 1 }, new { skillCode = "NO.SUCH.SKILL", minLevel = 2 } },
        }), "skills[1].skillCode");
        Assert.Contains(unknown, e => e.Contains("\"NO.SUCH.SKILL\" is not a skill of the taxonomy", StringComparison.Ordinal));
        var seats = await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync($"/api/v1/projects/{pid}/roles", new { title = "Negative", seats = -1 }), "seats");
        Assert.Contains(seats, e => e.Contains("from 0 to", StringComparison.Ordinal));
        var backwards = await ApiAssert.FieldErrorsAsync(await pm.PostAsJsonAsync($"/api/v1/projects/{pid}/roles", new
        {
            title = "Backwards", seats = 1, startDate = today.AddMonths(2), endDate = today.AddMonths(1),
        }), "endDate");
        Assert.Contains(backwards, e => e.Contains("before it starts", StringComparison.Ordinal));
        Assert.Empty((await pm.GetJsonAsync<ProjectDetail>($"/api/v1/projects/{pid}")).Roles);

        using var zh = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/projects/{pid}/roles") { Content = JsonContent.Create(new { title = "x", seats = 1, skills = new[] { new { skillCode = "NO.SUCH", minLevel = 1 } } }) };
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        Assert.Contains(await ApiAssert.FieldErrorsAsync(await pm.SendAsync(zh), "skills[0].skillCode"), e => e.Contains("不是技能分类中的技能", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Confidential_ProjectAndRounds_HiddenFromOthersManagersOnlyAct()
    {
        var pm = await app.ApiClientAsync("pm");
        var secret = await CreateProjectAsync(app, pm, "Confidential");
        var participant = await app.ApiClientAsync("participant");
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"/api/v1/projects/{secret.Project.Id}")).StatusCode);
        Assert.DoesNotContain(await participant.GetJsonAsync<List<ProjectSummary>>("/api/v1/projects"), p => p.Id == secret.Project.Id);
        Assert.DoesNotContain(secret.Project.Code, await (await participant.GetAsync("/api/v1/projects/export?format=csv")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The knowledge/security officer and program managers need to know.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiClientAsync("knowledge")).GetAsync($"/api/v1/projects/{secret.Project.Id}")).StatusCode);
        Assert.Contains(await pm.GetJsonAsync<List<ProjectSummary>>("/api/v1/projects"), p => p.Id == secret.Project.Id);

        var (_, _, _, _, round) = await ScenarioAsync(pm);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync(Round(round.Round.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsync($"{Round(round.Round.Id)}/solve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsync($"{Round(round.Round.Id)}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsJsonAsync("/api/v1/projects", new { code = "X" })).StatusCode);
        Assert.Equal(RoundStatus.Open, (await pm.GetJsonAsync<RoundDetail>(Round(round.Round.Id))).Round.Status);
    }

    [Fact]
    public async Task Network_AfterPublishedRotationAndPlacement_CountsUnitsSegmentsPeople()
    {
        var pm = await app.ApiClientAsync("pm");
        // A participant with published rotations (the demo's published rotation plan) who is not one of the demo accounts.
        var rotated = await app.WithDbAsync(async db =>
        {
            var accounts = await db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToListAsync();
            var withRotations = await db.Set<RotationPlacementRef>().Select(r => r.ParticipantId).Distinct().ToListAsync();
            return await db.Participants.Where(p => withRotations.Contains(p.Id) && !accounts.Contains(p.EmployeeId)).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        });
        var (employeeId, rotations) = await app.WithDbAsync(async db =>
        {
            var e = await db.Participants.Where(p => p.Id == rotated).Select(p => p.EmployeeId).SingleAsync();
            var pids = await db.Participants.Where(p => p.EmployeeId == e).Select(p => p.Id).ToListAsync();
            var rs = await db.Set<RotationPlacementRef>().Where(r => pids.Contains(r.ParticipantId)).Select(r => new { r.OrgUnitId, r.OrgUnit!.Segment }).ToListAsync();
            return (e, rs.Select(r => (r.OrgUnitId, r.Segment)).ToList());
        });
        var before = await pm.GetJsonAsync<NetworkView>($"/api/v1/projects/network/{employeeId}");
        var previousProjects = before.Counts.Projects;
        var number = await app.WithDbAsync(db => db.Employees.Where(e => e.Id == employeeId).Select(e => e.EmployeeNumber).SingleAsync());

        // Placed by hand on a project led by the grain-boundary diffusion line, with a co-member.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var project = await CreateProjectAsync(app, pm);
        var coMember = await app.WithDbAsync(db => db.Employees.Where(e => e.Id != employeeId && e.Id != project.Project.SponsorEmployeeId).OrderBy(e => e.Id).Select(e => e.EmployeeNumber).FirstAsync());
        await ApiAssert.JsonAsync<ProjectDetail>(await pm.PostAsJsonAsync($"/api/v1/projects/{project.Project.Id}/members", new { employeeNumber = number, from = today, to = today.AddMonths(3) }), HttpStatusCode.OK);
        await ApiAssert.JsonAsync<ProjectDetail>(await pm.PostAsJsonAsync($"/api/v1/projects/{project.Project.Id}/members", new { employeeNumber = coMember, from = today.AddMonths(1), to = today.AddMonths(2) }), HttpStatusCode.OK);

        var after = await pm.GetJsonAsync<NetworkView>($"/api/v1/projects/network/{employeeId}");
        Assert.Equal(rotations.Count, after.Counts.Rotations);
        Assert.Equal(previousProjects + 1, after.Counts.Projects);
        var lead = await app.WithDbAsync(db => db.OrgUnits.Where(u => u.Code == "MAG-SINT").Select(u => u.Id).SingleAsync());
        Assert.True(after.Counts.Units >= rotations.Select(r => r.OrgUnitId).Append(lead).Distinct().Count());
        Assert.True(after.Counts.Segments >= rotations.Select(r => r.Segment).Append(ChainSegment.MagnetsFunctional).Distinct().Count());
        Assert.True(after.Counts.People >= before.Counts.People + 1);
        Assert.Contains(after.Nodes, n => n.Kind == "unit" && n.Id == $"unit:{lead}");
        Assert.Contains(after.Edges, e => e.Via == "project" && e.To == $"unit:{lead}");
        if (rotations.Count > 0) Assert.Contains(after.Edges, e => e.Via == "rotation");

        // Someone else's network is not there for a participant.
        var participant = await app.ApiClientAsync("participant");
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync($"/api/v1/projects/network/{employeeId}")).StatusCode);
    }
}

public sealed class ProjectsApiTestsSqlite(TalentChainFactory app) : ProjectsApiTests(app), IClassFixture<TalentChainFactory>;

public sealed class ProjectsApiTestsPostgres(PostgresFactory app) : ProjectsApiTests(app), IClassFixture<PostgresFactory>;
