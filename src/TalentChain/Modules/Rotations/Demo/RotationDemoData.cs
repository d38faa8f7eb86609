using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Modules.Rotations.Features;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization;
using TalentChain.Optimization.Rotations;
using TalentChain.Platform.Demo;

namespace TalentChain.Modules.Rotations.Demo;

/// <summary>
/// Demo rotation plans: the older cohort's plan is published (its participants' rotation stages carry their host units,
/// so participant@ sees them); the newer cohort's plan is a draft with offers and preferences, ready to solve.
/// Periods are three months, as the demo program's rotation stages.
/// </summary>
internal sealed class RotationDemoData(TimeProvider clock, IStageSchedule stages) : IDemoDataContributor
{
    public int Order => 310;

    /// <summary>Host units along the chain (codes of the demo org units; missing ones are skipped).</summary>
    private static readonly string[] HostCodes =
        ["MINE-CONC", "HYD-ROAST", "HYD-LEACH", "SEP1-SX", "SEP1-OX", "SEP2-SX", "REC", "MET-ELEC", "MET-ALLOY", "MAG-SC", "MAG-SINT", "MAG-GBD", "FUN-POL", "RDI-SEP", "RDI-MAG", "RDI-ANA"];

    public async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var db = run.Db;
        var rng = new Random(run.Seed + 707);
        var program = await db.ProgramRefs.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (program is null) return;
        var cohorts = await db.CohortRefs.Where(c => c.ProgramId == program.Id).OrderBy(c => c.StartDate).ToListAsync(ct);
        if (cohorts.Count == 0) return;
        var template = await stages.RotationTemplateAsync(cohorts[0].Id, ct);
        var onboardingMonths = template?.MonthsBeforeFirstRotation ?? 0;
        var rotationMonths = template?.RotationMonths ?? 3;
        var units = await db.OrgUnitRefs.AsNoTracking().Where(u => u.Segment != ChainSegment.Corporate && u.Segment != ChainSegment.SalesTrade).OrderBy(u => u.Code).ToListAsync(ct);
        var hosts = units.Where(u => HostCodes.Contains(u.Code)).ToList();
        if (hosts.Count < 8) hosts = [.. units.Take(15)];
        if (hosts.Select(u => u.Segment).Distinct().Count() < 3) return;

        foreach (var (cohort, publish) in new[] { (cohorts[0], true) }.Concat(cohorts.Skip(1).Take(1).Select(c => (c, false))))
        {
            var plan = new CohortRotationPlan
            {
                CohortId = cohort.Id, FirstPeriodStart = cohort.StartDate.AddMonths(onboardingMonths), PeriodMonths = Math.Max(rotationMonths, 1),
                Periods = 8, RotationsPerParticipant = template?.RotationStages ?? 0, MinSegments = 3,
            };
            var participants = await db.ParticipantRefs.AsNoTracking().Include(p => p.Employee)
                .Where(p => p.CohortId == cohort.Id && p.Status == ParticipantStatus.Selected).OrderBy(p => p.Id).ToListAsync(ct);
            if (participants.Count == 0) continue;
            var perPeriod = Math.Max(2, (int)Math.Ceiling(participants.Count * 1.6 / hosts.Count));
            foreach (var u in hosts)
                plan.Offers.Add(new RotationOffer { OrgUnitId = u.Id, Places = [.. Enumerable.Range(0, plan.Periods).Select(t => Math.Max(0, perPeriod - (t % 4 == 3 ? 1 : 0)))] });
            var firstRotation = await stages.FirstRotationStartsAsync([.. participants.Select(p => p.Id)], plan.FirstPeriodStart, ct);
            foreach (var p in participants)
            {
                var m = new RotationMember { ParticipantId = p.Id, StartPeriod = plan.PeriodOf(firstRotation[p.Id]) };
                foreach (var u in hosts.Where(u => u.Id != p.Employee!.OrgUnitId).OrderBy(_ => rng.Next()).Take(4 + rng.Next(3)))
                    m.Preferences.Add(new RotationPreference { OrgUnitId = u.Id, Score = 1 + rng.Next(10) });
                plan.Members.Add(m);
            }
            db.RotationPlans.Add(plan);
            await db.SaveChangesAsync(ct);
            if (!publish) continue;

            // Solve the older cohort's plan and publish it.
            var code = hosts.ToDictionary(u => u.Id, u => u.Code);
            var byCode = hosts.ToDictionary(u => u.Code, u => u.Id, StringComparer.Ordinal);
            var homeCodes = await db.OrgUnitRefs.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
            var byNumber = participants.ToDictionary(p => p.Employee!.EmployeeNumber, p => p.Id, StringComparer.Ordinal);
            var instance = new RotationInstance(plan.Periods, plan.RotationsPerParticipant, plan.MinSegments,
                [.. hosts.Select(u => new HostUnit(u.Code, RotationNames.SegmentKey(u.Segment), plan.Offers.First(o => o.OrgUnitId == u.Id).Places))],
                [.. plan.Members.Select(m =>
                {
                    var p = participants.First(x => x.Id == m.ParticipantId);
                    return new RotationParticipant(p.Employee!.EmployeeNumber, homeCodes[p.Employee.OrgUnitId], m.StartPeriod, m.Preferences.ToDictionary(x => code[x.OrgUnitId], x => x.Score, StringComparer.Ordinal));
                })]);
            var result = RotationSolver.Solve(instance, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(20), Seed = run.Seed }, null, ct);
            var items = result.Plans.SelectMany(rp => rp.Rotations.OrderBy(r => r.Period).Select((r, k) =>
                new RotationProposalItem { ParticipantId = byNumber[rp.Participant], Sequence = k + 1, Period = r.Period, OrgUnitId = byCode[r.HostUnit] })).ToList();
            var unplaced = result.Unplaced.Select(u => new RotationUnplaced { ParticipantId = byNumber[u.Participant], Code = u.Code, Reason = u.Reason }).ToList();
            var now = clock.GetUtcNow();
            plan.ReplaceProposal(items, unplaced, RotationProposalSource.Solver, now.AddDays(-400), result.Placed, result.TotalScore, result.Bound, result.Optimal);
            plan.Publish("pm@talentchain.demo", now.AddDays(-400));
            // Published before the rotations began: every rotation stage the participants went through carries its unit.
            await stages.ApplyRotationsAsync([.. plan.Placements.Select(x => new StageRotationPlacement(x.ParticipantId, x.Sequence, x.OrgUnitId, x.PlannedEnd))], openStagesOnly: false, ct);
            await db.SaveChangesAsync(ct);
        }
    }
}
