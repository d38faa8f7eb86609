using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Optimization;
using TalentChain.Optimization.Mentoring;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Mentoring.Features.SolveRound;

public sealed record SolveStarted(Guid JobId, string StatusUrl);

/// <summary>Solves a round as a cancellable background job; only a checked, current result replaces the proposal.</summary>
public sealed class SolveRoundHandler(TalentChainDbContext db, TimeProvider clock, JobRunner jobs, JobStatusHandlers jobStatus, RoundLoader rounds, MentoringAccess access, IStringLocalizer<MentoringResource> t)
{
    public const string JobKind = "mentoring.solve";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Subject(int roundId) => "mentoring-round:" + roundId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Program managers of the round's program start a solve (403 for anyone else).</summary>
    public async Task<SolveStarted> StartSolveAsync(ClaimsPrincipal user, int roundId, CancellationToken ct = default)
    {
        await access.RequireManageAsync(user, roundId, ct);
        var round = await rounds.RoundAsync(roundId, ct);
        if (round.Participants.Count == 0 || round.Volunteers.Count == 0)
            throw ValidationFailedException.For(t["Round.Invalid"], "round", t["Solve.NothingToSolve"]);
        // An interrupted run (its node stopped) is not under way: the round can be solved again.
        var now = clock.GetUtcNow();
        var open = await db.BackgroundJobs.AsNoTracking().Where(j => j.Subject == Subject(roundId) && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running)).ToListAsync(ct);
        if (open.Any(j => j.IsUnderWay(now))) throw ValidationFailedException.For(t["Round.Invalid"], "round", t["Solve.AlreadyRunning"]);
        var id = await jobs.EnqueueAsync(JobKind, t["Solve.JobTitle", round.Name], new JobOptions(Subject(roundId), ProgramPolicies.Manage, Cancellable: true),
            JsonSerializer.Serialize(new MentoringSolveWork.Arguments(roundId)), ct);
        return new SolveStarted(id, $"/api/v1/jobs/{id}");
    }

    /// <summary>The round's latest solver run (null when it was never solved): its managers, and executives read (403 for anyone else).</summary>
    public async Task<JobView?> LatestJobAsync(ClaimsPrincipal user, int roundId, CancellationToken ct = default)
    {
        await access.RequireReadAsync(user, roundId, ct);
        return await jobStatus.LatestAsync(Subject(roundId), ct);
    }

    /// <summary>
    /// The job: builds the instance, applies pins, solves (cancellable, with live progress), checks the result and only
    /// then replaces the proposal in one save. A failed or cancelled run leaves the previous proposal untouched.
    /// </summary>
    public async Task<JobOutcome> SolveJobAsync(int roundId, IJobProgress progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var ctx = await rounds.ContextAsync(roundId, null, ct);
        if (ctx.Round.Status != MentoringRoundStatus.Open) return new JobOutcome(false, null, t["Round.NotOpen"]);
        var version = ctx.Round.Version;
        var instance = ctx.Instance();
        var (reduced, pinned) = MentoringMatching.ApplyPins(instance, ctx.Pins());
        var reporter = SolverJobDetail.Reporter(progress);
        var solved = await Task.Run(() => MentoringSolver.Solve(reduced, new SolverOptions { TimeLimit = TimeSpan.FromMinutes(2) }, reporter, ct), ct);
        var result = MentoringMatching.WithPins(solved, pinned);
        var problems = MentoringValidation.CheckResult(instance, result);
        if (problems.Count > 0) return new JobOutcome(false, null, t["Solve.Infeasible", $"{problems[0].Location}: {problems[0].Problem}"]);
        ct.ThrowIfCancellationRequested();
        // The round as stored now (not the tracked copy): an edit made while solving means this result answers an old question.
        var now = await db.MentoringRounds.AsNoTracking().Where(r => r.Id == roundId).Select(r => new { r.Version, r.Status }).FirstAsync(CancellationToken.None);
        if (now.Version != version || now.Status != MentoringRoundStatus.Open) return new JobOutcome(false, null, t["Solve.RoundChanged"]);
        var round = ctx.Round;
        round.Propose(MentoringJson.WriteResult(result), clock.GetUtcNow(), "solver");
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new JobOutcome(false, null, t["Solve.RoundChanged"]);
        }
        return new JobOutcome(true, JsonSerializer.Serialize(new { result.FilledSlots, result.TotalScore, BoundSlots = result.Bound.Count, BoundScore = result.Bound.Score, result.Optimal, result.Gap }, Json));
    }
}

/// <summary>The mentoring solve as queued work (kind <see cref="SolveRoundHandler.JobKind"/>): arguments are the round id only.</summary>
public sealed class MentoringSolveWork(SolveRoundHandler handlers) : IJobWork
{
    public sealed record Arguments(int RoundId);

    public Task<JobOutcome> RunAsync(string argumentsJson, IJobProgress progress, CancellationToken ct) =>
        handlers.SolveJobAsync(JsonSerializer.Deserialize<Arguments>(argumentsJson)!.RoundId, progress, ct);
}
