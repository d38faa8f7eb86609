using System.Globalization;
using System.Net.Http.Json;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram;
using TalentChain.Platform.Demo;
using TalentChain.Modules.Rotations;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Modules.Rotations.Features;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Rotations;

/// <summary>Builders for rotation-planning tests: a fresh cohort of the demo program with participants, and an API walk-through.</summary>
internal static class RotationTestData
{
    /// <summary>Host units along the chain: no more than two per segment, so any five distinct units span at least three segments.</summary>
    public static readonly string[] HostUnits = ["MINE-CONC", "HYD-LEACH", "SEP1-SX", "MET-ELEC", "MAG-SINT", "MAG-GBD", "RDI-ANA"];

    private static int _intake = 2900;

    public sealed record Cohort(int Id, List<int> Participants, DateOnly Start);

    /// <summary>
    /// A new cohort of the demo program with <paramref name="count"/> selected participants who started a month ago, in
    /// onboarding; with <paramref name="firstInRotation"/> the first started with the cohort three months earlier and has
    /// entered rotation 1 (a month ago). The plan's first period then starts with that rotation.
    /// </summary>
    public static Task<Cohort> NewCohortAsync(TalentChainFactory app, int count, bool firstInRotation = false) => app.WithDbAsync(async db =>
    {
        var program = await db.DevelopmentPrograms.Include(p => p.Stages).OrderBy(p => p.Id).FirstAsync();
        var stages = program.Stages.OrderBy(s => s.Order).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var intake = Interlocked.Increment(ref _intake);
        var cohort = new TalentChain.Modules.TalentProgram.Domain.Cohort { ProgramId = program.Id, IntakeYear = intake, Name = $"Test intake {intake.ToString(CultureInfo.InvariantCulture)}", StartDate = start.AddMonths(-3) };
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        var reserved = await db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToListAsync();
        var taken = await db.Participants.Select(p => p.EmployeeId).ToListAsync();
        var hostIds = await db.OrgUnits.Where(u => HostUnits.Contains(u.Code)).Select(u => u.Id).ToListAsync();
        var employees = await db.Employees.Where(e => e.Status == EmployeeStatus.Active && !reserved.Contains(e.Id) && !taken.Contains(e.Id) && e.ManagerId != null)
            .OrderBy(e => hostIds.Contains(e.OrgUnitId) ? 0 : 1).ThenBy(e => e.Id).Select(e => e.Id).Take(count).ToListAsync();
        var ids = new List<int>();
        for (var i = 0; i < employees.Count; i++)
        {
            var p = new Participant { CohortId = cohort.Id, EmployeeId = employees[i], Status = ParticipantStatus.Selected, NominatedOn = start.AddMonths(-1), StartDate = start };
            if (firstInRotation && i == 0)
            {
                var onboardingStart = start.AddMonths(-3);
                p.StartDate = onboardingStart;
                p.Stages.Add(new ParticipantStage { ProgramStageId = stages[0].Id, Sequence = 1, StartedOn = onboardingStart, PlannedEnd = start, EndedOn = start, EndedBy = "pm@talentchain.demo" });
                p.Stages.Add(new ParticipantStage { ProgramStageId = stages[1].Id, Sequence = 2, StartedOn = start, PlannedEnd = start.AddMonths(3) });
            }
            else p.Stages.Add(new ParticipantStage { ProgramStageId = stages[0].Id, Sequence = 1, StartedOn = start, PlannedEnd = start.AddMonths(stages[0].DurationMonths) });
            db.Participants.Add(p);
            await db.SaveChangesAsync();
            ids.Add(p.Id);
        }
        return new Cohort(cohort.Id, ids, start);
    });

    public static async Task<RotationPlanDetail> CreatePlanAsync(HttpClient pm, int cohortId, int periods = 12) =>
        await ApiAssert.JsonAsync<RotationPlanDetail>(await pm.PostAsJsonAsync("/api/v1/program/rotations/plans", new { cohortId, periods, periodMonths = 3 }), HttpStatusCode.Created);

    public static async Task OfferAllAsync(HttpClient pm, int planId, int places)
    {
        foreach (var code in HostUnits)
            await ApiAssert.JsonAsync<OfferView>(await pm.PutAsJsonAsync($"/api/v1/program/rotations/plans/{planId}/offers", new { orgUnitCode = code, sameForAll = places }), HttpStatusCode.OK);
    }

    public sealed record JobDto(Guid Id, string Status, bool Finished, string? Error);

    /// <summary>Starts a solve through the API and waits for its job to finish.</summary>
    public static async Task<JobDto> SolveAsync(HttpClient pm, int planId)
    {
        var started = await ApiAssert.JsonAsync<SolveStarted>(await pm.PostAsync($"/api/v1/program/rotations/plans/{planId}/solve", null), HttpStatusCode.Accepted);
        var id = started.JobId;
        for (var i = 0; i < 600; i++)
        {
            var job = (await pm.GetFromJsonAsync<JobDto>($"/api/v1/jobs/{id}"))!;
            if (job.Finished) return job;
            await Task.Delay(50);
        }
        throw new TimeoutException($"solve job {id} did not finish");
    }

    public static Task<int> DemoParticipantAsync(TalentChainFactory app) => app.WithDbAsync(async db =>
    {
        var me = await db.Users.Where(u => u.Email == "participant" + DemoSeeder.EmailDomain).Select(u => u.EmployeeId).SingleAsync();
        return await db.Participants.Where(p => p.EmployeeId == me).Select(p => p.Id).SingleAsync();
    });

    public static Task<int> PublishedDemoPlanAsync(TalentChainFactory app) => app.WithDbAsync(db =>
        db.RotationPlans.Where(p => p.Status == RotationPlanStatus.Published).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

    public static List<string> Units(ScheduleRow scheduleRow) => [.. scheduleRow.Rotations.Select(r => r.UnitCode)];
}
