using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Modules.Rotations.Features.Participants;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization;
using TalentChain.Optimization.Rotations;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.Solve;

/// <summary>
/// Solving a plan as a background job (never on the request thread). Only a run that succeeds replaces the proposal, in
/// one transaction; a failed or cancelled run changes nothing.
/// </summary>
public sealed class SolveRotationPlan(
    TalentChainDbContext db, TimeProvider clock, JobRunner jobs, RotationPlans plans, RotationMembers members, RotationAccess access,
    IStringLocalizer<RotationsResource> t)
{
    public const string JobKind = "rotations.solve";

    public static string Subject(int planId) => string.Create(CultureInfo.InvariantCulture, $"rotation-plan:{planId}");

    /// <summary>Queues a solve of the plan as it is now (a manager of the plan).</summary>
    public async Task<SolveStarted> StartAsync(ClaimsPrincipal user, int planId, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, planId, ct);
        await members.SyncUncheckedAsync(planId, ct);
        var (plan, instance) = await plans.InstanceAsync(planId, ct);
        var errors = new FieldErrors();
        if (instance.HostUnits.Count == 0) errors.Add("offers", t["Solve.NoOffers"]);
        if (instance.Participants.Count == 0) errors.Add("participants", t["Solve.NoParticipants"]);
        errors.ThrowIfAny(t["Solve.Refused"]);
        // An interrupted run (its node stopped) is not under way: the plan can be solved again.
        var now = clock.GetUtcNow();
        var open = await db.BackgroundJobs.AsNoTracking().Where(j => j.Subject == Subject(planId) && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running)).ToListAsync(ct);
        if (open.Any(j => j.IsUnderWay(now))) throw ValidationFailedException.For(t["Solve.Refused"], "plan", t["Solve.AlreadyRunning"]);
        var id = await jobs.EnqueueAsync(JobKind, t["Solve.JobTitle", plan.Cohort!.Name],
            new JobOptions(Subject(planId), ProgramPolicies.Manage, Cancellable: true),
            JsonSerializer.Serialize(new RotationSolveWork.Arguments(planId)), ct);
        return new SolveStarted(id, $"/jobs/{id}");
    }

    /// <summary>
    /// The queued solve, on whichever node runs it: rebuilds the plan's instance as it is now, solves, stores. No user and no
    /// access check: <see cref="StartAsync"/> checked the manager who queued it.
    /// </summary>
    public async Task<JobOutcome> RunJobAsync(int planId, IJobProgress progress, CancellationToken ct)
    {
        await members.SyncUncheckedAsync(planId, ct);
        var (_, instance) = await plans.InstanceAsync(planId, ct);
        var result = await SolveAndStoreAsync(planId, instance, SolverJobDetail.Reporter(progress), ct);
        return new JobOutcome(true, JsonSerializer.Serialize(new { placed = result.Placed, totalScore = result.TotalScore, boundPlaced = result.Bound.Count, boundScore = result.Bound.Score, gap = result.Gap }));
    }

    /// <summary>Runs the solver and, unless cancelled, replaces the proposal atomically.</summary>
    public async Task<RotationResult> SolveAndStoreAsync(int planId, RotationInstance instance, IProgress<SolverProgress>? progress, CancellationToken ct)
    {
        var result = await Task.Run(() => RotationSolver.Solve(instance, SolverOptions.Default, progress, ct), ct);
        ct.ThrowIfCancellationRequested();
        await StoreProposalAsync(planId, result, RotationProposalSource.Solver, ct, instance);
        return result;
    }

    /// <summary>
    /// Replaces the proposal with <paramref name="result"/> (ids: employee numbers and org-unit codes). With the instance
    /// that was solved, a plan whose grid or rules changed meanwhile refuses it.
    /// </summary>
    public async Task StoreProposalAsync(int planId, RotationResult result, RotationProposalSource source, CancellationToken ct, RotationInstance? solved = null)
    {
        var plan = await db.RotationPlans.Include(p => p.ProposalItems).Include(p => p.Unplaced)
            .Include(p => p.Members).ThenInclude(m => m.Participant!).ThenInclude(p => p.Employee)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw new NotFoundException(t["Plan.NotFound", planId]);
        // The grid or rules changed while the solver ran: its schedule no longer fits the plan, so the run fails and keeps nothing.
        if (solved is not null && (solved.Periods != plan.Periods || solved.RotationsPerParticipant != plan.RotationsPerParticipant || solved.MinSegments != plan.MinSegments))
            throw new InvalidOperationException(t["Solve.Stale"]);
        var byNumber = plan.Members.ToDictionary(m => m.Participant!.Employee!.EmployeeNumber, m => m.ParticipantId, StringComparer.Ordinal);
        var codes = result.Plans.SelectMany(p => p.Rotations.Select(r => r.HostUnit)).Distinct().ToList();
        var units = await db.OrgUnitRefs.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        var items = result.Plans.SelectMany(p => p.Rotations.OrderBy(r => r.Period).Select((r, k) =>
            new RotationProposalItem { ParticipantId = byNumber[p.Participant], Sequence = k + 1, Period = r.Period, OrgUnitId = units[r.HostUnit] })).ToList();
        var unplaced = result.Unplaced.Where(u => byNumber.ContainsKey(u.Participant))
            .Select(u => new RotationUnplaced { ParticipantId = byNumber[u.Participant], Code = u.Code, Reason = Trim(u.Reason, 2000) }).ToList();
        plan.ReplaceProposal(items, unplaced, source, clock.GetUtcNow(), result.Placed, result.TotalScore, result.Bound, result.Optimal);
        plans.Touch(plan);
        // One SaveChanges: the old proposal goes and the new one arrives together, or neither.
        await db.SaveChangesAsync(ct);
    }

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..max];
}

/// <summary>The rotation solve as queued work (kind <see cref="SolveRotationPlan.JobKind"/>): arguments are the plan id only.</summary>
public sealed class RotationSolveWork(SolveRotationPlan solve) : IJobWork
{
    public sealed record Arguments(int PlanId);

    public Task<JobOutcome> RunAsync(string argumentsJson, IJobProgress progress, CancellationToken ct) =>
        solve.RunJobAsync(JsonSerializer.Deserialize<Arguments>(argumentsJson)!.PlanId, progress, ct);
}
