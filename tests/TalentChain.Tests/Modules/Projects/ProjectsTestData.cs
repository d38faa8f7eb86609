using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.Projects.Features.Catalog;
using TalentChain.Modules.Projects.Features.Rounds;
using TalentChain.Modules.TalentProgram;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Projects;

/// <summary>Builders for projects tests: a fresh cohort whose participants hold chosen skill levels and plan goals, projects through the API, solving.</summary>
internal static class ProjectsTestData
{
    /// <summary>Skills the tests set on their participants (rare in the demo, so a test decides who meets a role).</summary>
    public const string SkillA = "MAG.OTHER.SMCO";
    public const string SkillB = "REC.WASTE.NH4";

    private static int _intake = 3400;
    private static int _code;

    public sealed record Person(int ParticipantId, int EmployeeId, string EmployeeNumber);

    /// <summary>
    /// A new cohort of the demo program with one selected participant per entry of <paramref name="levels"/> (their levels
    /// in <see cref="SkillA"/> and <see cref="SkillB"/>), each with an open development plan; <paramref name="goalOnA"/>
    /// gives the first participant a plan goal on skill A from their level to 4.
    /// </summary>
    public static Task<(int CohortId, List<Person> People)> NewCohortAsync(TalentChainFactory app, (int A, int B)[] levels, bool goalOnA = true) => app.WithDbAsync(async db =>
    {
        var program = await db.DevelopmentPrograms.OrderBy(p => p.Id).FirstAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var intake = Interlocked.Increment(ref _intake);
        var cohort = new Cohort { ProgramId = program.Id, IntakeYear = intake, Name = $"Projects intake {intake.ToString(CultureInfo.InvariantCulture)}", StartDate = today.AddMonths(-2) };
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        var reserved = await db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToListAsync();
        var taken = await db.Participants.Select(p => p.EmployeeId).ToListAsync();
        var employees = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && !reserved.Contains(e.Id) && !taken.Contains(e.Id) && e.ManagerId != null)
            .OrderByDescending(e => e.Id).Take(levels.Length).ToListAsync();
        var a = await db.TaxonomyNodes.SingleAsync(n => n.Code == SkillA);
        var b = await db.TaxonomyNodes.SingleAsync(n => n.Code == SkillB);
        var people = new List<Person>();
        for (var i = 0; i < employees.Count; i++)
        {
            var e = employees[i];
            foreach (var (node, level) in new[] { (a, levels[i].A), (b, levels[i].B) })
            {
                var record = await db.SkillRecords.FirstOrDefaultAsync(s => s.EmployeeId == e.Id && s.TaxonomyNodeId == node.Id);
                if (record is null) db.SkillRecords.Add(new SkillRecord { EmployeeId = e.Id, TaxonomyNodeId = node.Id, Level = level, AssessedOn = today, AssessedBy = "tests" });
                else record.Level = level;
            }
            var p = new Participant { CohortId = cohort.Id, EmployeeId = e.Id, Status = ParticipantStatus.Selected, NominatedOn = today.AddMonths(-3), StartDate = today.AddMonths(-2) };
            db.Participants.Add(p);
            await db.SaveChangesAsync();
            var plan = new DevelopmentPlan { ParticipantId = p.Id, LastChangedAt = DateTimeOffset.UtcNow };
            var version = new PlanVersion { Number = 1, OpenedOn = today.AddMonths(-2) };
            if (goalOnA && i == 0)
                version.Goals.Add(new PlanGoal { Key = Guid.NewGuid(), TaxonomyNodeId = a.Id, CurrentLevel = levels[i].A, TargetLevel = 4, Outcome = "Leads Sm-Co production", DueDate = today.AddYears(1) });
            plan.Versions.Add(version);
            db.DevelopmentPlans.Add(plan);
            await db.SaveChangesAsync();
            people.Add(new Person(p.Id, e.Id, e.EmployeeNumber));
        }
        return (cohort.Id, people);
    });

    public static string NewCode(string prefix) => $"{prefix}-{Interlocked.Increment(ref _code).ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..4]}";

    /// <summary>A project through the API (pm): lead unit MAG-SINT, sponsored by the first active employee, running a year from last month.</summary>
    public static async Task<ProjectDetail> CreateProjectAsync(TalentChainFactory app, HttpClient pm, string classification = "Internal", string? sponsorNumber = null)
    {
        sponsorNumber ??= await app.WithDbAsync(db => db.Employees.Where(e => e.Status == EmployeeStatus.Active).OrderBy(e => e.EmployeeNumber).Select(e => e.EmployeeNumber).FirstAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return await ApiAssert.JsonAsync<ProjectDetail>(await pm.PostAsJsonAsync("/api/v1/projects", new
        {
            code = NewCode("TP"), title = "Sm-Co magnets for traction motors", titleZh = "牵引电机用钐钴磁体", kind = "AdvancedTechnology", segment = "MagnetsFunctional",
            leadUnitCode = "MAG-SINT", sponsorEmployeeNumber = sponsorNumber, startDate = today.AddMonths(-1), endDate = today.AddMonths(11), classification,
        }), HttpStatusCode.Created);
    }

    public static async Task<RoleView> AddRoleAsync(HttpClient client, int projectId, string title, int seats, DateOnly start, DateOnly end, params (string Code, int Min)[] skills)
    {
        var d = await ApiAssert.JsonAsync<ProjectDetail>(await client.PostAsJsonAsync($"/api/v1/projects/{projectId}/roles", new
        {
            title, seats, startDate = start, endDate = end, skills = skills.Select(s => new { skillCode = s.Code, minLevel = s.Min }),
        }), HttpStatusCode.OK);
        return d.Roles.Single(r => r.Title == title);
    }

    public sealed record JobDto(Guid Id, string Status, bool Finished, string? Error);

    /// <summary>Starts a solve through the API and waits for its job to finish.</summary>
    public static async Task<JobDto> SolveAsync(HttpClient pm, int roundId)
    {
        var started = await ApiAssert.JsonAsync<SolveStarted>(await pm.PostAsync($"/api/v1/projects/rounds/{roundId}/solve", null), HttpStatusCode.Accepted);
        for (var i = 0; i < 600; i++)
        {
            var job = (await pm.GetFromJsonAsync<JobDto>($"/api/v1/jobs/{started.JobId}"))!;
            if (job.Finished) return job;
            await Task.Delay(50);
        }
        throw new TimeoutException($"solve job {started.JobId} did not finish");
    }
}
