using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Mentoring;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram;
using TalentChain.Platform.Demo;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Mentoring;

/// <summary>
/// A fresh cohort of the demo program with active participants (each with an open plan goal on a skill that some
/// volunteers hold at level 3+), an Initial round opened through the API and volunteers added through it.
/// </summary>
internal sealed record MentoringScenario(int ProgramId, int CohortId, int RoundId, List<int> ParticipantIds, List<int> VolunteerIds)
{
    private static int _year = 2040;

    public static async Task<MentoringScenario> CreateAsync(TalentChainFactory app, HttpClient pm, int participants = 5, int volunteers = 6)
    {
        var year = Interlocked.Increment(ref _year);
        var accounts = await app.WithDbAsync(db => db.Users.Where(u => u.EmployeeId != null && u.Email!.EndsWith(DemoSeeder.EmailDomain)).Select(u => u.EmployeeId!.Value).ToListAsync());
        var (programId, cohortId, participantIds, volunteerIds) = await app.WithDbAsync(async db =>
        {
            var programId = await db.DevelopmentPrograms.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var busy = (await db.Participants.Select(p => p.EmployeeId).ToListAsync()).Concat(await db.MentoringVolunteers.Select(v => v.EmployeeId).ToListAsync()).Concat(accounts).ToHashSet();
            var people = await db.Employees.Where(e => e.Status == EmployeeStatus.Active).OrderBy(e => e.Id).Select(e => new { e.Id, Skills = e.Skills.Select(s => new { s.TaxonomyNodeId, s.Level }).ToList() }).ToListAsync();
            var free = people.Where(p => !busy.Contains(p.Id)).ToList();
            var skilled = free.Where(p => p.Skills.Any(s => s.Level >= 3)).Take(volunteers).ToList();
            var learners = free.Where(p => !skilled.Contains(p)).Take(participants).ToList();
            var cohort = new Cohort { ProgramId = programId, IntakeYear = year, Name = $"Test intake {year}", StartDate = new DateOnly(2026, 1, 1) };
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            var ids = new List<int>();
            for (var i = 0; i < learners.Count; i++)
            {
                var p = new Participant { CohortId = cohort.Id, EmployeeId = learners[i].Id, Status = ParticipantStatus.Selected, NominatedOn = cohort.StartDate, StartDate = cohort.StartDate };
                db.Participants.Add(p);
                await db.SaveChangesAsync();
                var skill = skilled[i % skilled.Count].Skills.First(s => s.Level >= 3).TaxonomyNodeId;
                var plan = new DevelopmentPlan { ParticipantId = p.Id, LastChangedAt = DateTimeOffset.UtcNow };
                var version = new PlanVersion { Number = 1, OpenedOn = cohort.StartDate };
                version.Goals.Add(new PlanGoal { Key = Guid.NewGuid(), TaxonomyNodeId = skill, CurrentLevel = 1, TargetLevel = 3, Outcome = "Runs it unaided", DueDate = new DateOnly(2027, 6, 30) });
                plan.Versions.Add(version);
                db.DevelopmentPlans.Add(plan);
                await db.SaveChangesAsync();
                ids.Add(p.Id);
            }
            return (programId, cohort.Id, ids, skilled.Select(s => s.Id).ToList());
        });
        var round = await ApiAssert.JsonAsync<RoundSummaryDto>(await pm.PostAsJsonAsync("/api/v1/program/mentoring/rounds", new { cohortId, kind = "Initial" }), HttpStatusCode.Created);
        var roundId = round.Id;
        foreach (var v in volunteerIds)
            await ApiAssert.JsonAsync<VolunteerDto>(await pm.PostAsJsonAsync($"/api/v1/program/mentoring/rounds/{roundId}/volunteers", new { employeeId = v, technical = 1, career = 1, peer = 1, total = 2 }), HttpStatusCode.OK);
        return new MentoringScenario(programId, cohortId, roundId, participantIds, volunteerIds);
    }

    /// <summary>Peer mentors need 0–0 years of tenure: nobody qualifies, so peer slots end on the waitlist with the reason.</summary>
    public async Task NoPeersAsync(HttpClient pm)
    {
        // Every rule as read, two of them changed: the PUT sends back what it did not mean to change.
        var changed = await pm.GetJsonAsync<Dictionary<string, object?>>($"/api/v1/program/mentoring/programs/{ProgramId}/rules");
        changed["peerMinTenureYears"] = 0;
        changed["peerMaxTenureYears"] = 0;
        await ApiAssert.JsonAsync<Dictionary<string, object?>>(await pm.PutAsJsonAsync($"/api/v1/program/mentoring/programs/{ProgramId}/rules", changed), HttpStatusCode.OK);
    }
}
