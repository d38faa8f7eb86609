using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Optimization;
using TalentChain.Optimization.Placement;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Projects.Features.Rounds;

/// <summary>
/// Solving a placement round as a background job with progress (never on the request thread). The instance is rebuilt
/// from the round as it is when the job runs; only a run that succeeds replaces the proposal (assignments with their
/// value breakdown, unplaced participants with a reason, the objective, "proven optimal" and the verified certificate).
/// </summary>
public sealed class SolveRound(TalentChainDbContext db, TimeProvider clock, JobRunner jobs, RoundModels models, ProjectsAccess access, IStringLocalizer<ProjectsResource> L)
{
    public const string JobKind = "projects.placement";

    public static string Subject(int roundId) => string.Create(CultureInfo.InvariantCulture, $"placement-round:{roundId}");

    public async Task<SolveStarted> StartAsync(ClaimsPrincipal user, int roundId, CancellationToken ct = default)
    {
        await access.RequireManageRoundAsync(user, roundId, ct);
        var round = await models.LoadRoundAsync(roundId, tracking: false, ct);
        var model = await models.BuildAsync(round, ct);
        var errors = new FieldErrors();
        if (round.Status == RoundStatus.Cancelled) errors.Add("status", L["Round.Cancelled"]);
        if (model.People.Count == 0) errors.Add("participants", L["Solve.NoParticipants"]);
        if (model.Roles.Count == 0) errors.Add("roles", L["Solve.NoRoles"]);
        foreach (var pin in model.Pinned.Where(p => !model.IsEligible(p.Participant, p.Role)))
            errors.Add("pins", L["Solve.PinIneligible", ProjectsText.Person(model.People[pin.Participant].Employee), model.Roles.TryGetValue(pin.Role, out var r) ? r.Role!.DisplayTitle(ProjectsText.Chinese) : ""]);
        foreach (var g in model.Pinned.GroupBy(p => p.Role).Where(g => model.Roles.TryGetValue(g.Key, out var r) && g.Count() > r.Role!.Seats))
            errors.Add("pins", L["Pin.SeatsFull", model.Roles[g.Key].Role!.DisplayTitle(ProjectsText.Chinese), model.Roles[g.Key].Role!.Seats]);
        errors.ThrowIfAny(L["Solve.Refused"]);
        var now = clock.GetUtcNow();
        var open = await db.BackgroundJobs.AsNoTracking().Where(j => j.Subject == Subject(roundId) && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running)).ToListAsync(ct);
        if (open.Any(j => j.IsUnderWay(now))) throw ValidationFailedException.For(L["Solve.Refused"], "round", L["Solve.AlreadyRunning"]);
        var id = await jobs.EnqueueAsync(JobKind, L["Solve.JobTitle", round.Name],
            new JobOptions(Subject(roundId), ProjectsPolicies.Manage, Cancellable: true),
            JsonSerializer.Serialize(new PlacementSolveWork.Arguments(roundId)), ct);
        return new SolveStarted(id, $"/jobs/{id}");
    }

    /// <summary>The queued solve: no user, <see cref="StartAsync"/> checked the manager who queued it.</summary>
    public async Task<JobOutcome> RunJobAsync(int roundId, IJobProgress progress, CancellationToken ct)
    {
        var round = await models.LoadRoundAsync(roundId, tracking: true, ct);
        if (round.Status == RoundStatus.Cancelled) return new JobOutcome(false, null, L["Round.Cancelled"]);
        var model = await models.BuildAsync(round, ct);
        var instance = model.Instance();
        PlacementResult result;
        try
        {
            result = await Task.Run(() => PlacementSolver.Solve(instance, SolverOptions.Default, SolverJobDetail.Reporter(progress), ct), ct);
        }
        catch (InstanceFormatException ex)
        {
            // Pins that overbook a seat, a period or a participant's roles (changed since they were set).
            return new JobOutcome(false, null, L["Solve.Infeasible", ex.Problem]);
        }
        ct.ThrowIfCancellationRequested();
        var verified = result.Certificate is not null && PlacementSolver.VerifyCertificate(instance, result, out _);
        round.Assignments.Clear();
        round.Unplaced.Clear();
        foreach (var a in result.Assignments)
        {
            var (p, r) = (RoundModel.Parse(a.Participant), RoundModel.Parse(a.Role));
            var v = model.Competent[(p, r)];
            round.Assignments.Add(new RoundAssignment { ParticipantId = p, RoleId = r, PlanGapValue = v.PlanGap, NewSegmentValue = v.NewSegment, NewUnitValue = v.NewUnit, Pinned = model.Pinned.Contains((p, r)) });
        }
        foreach (var u in result.Unplaced)
        {
            var p = RoundModel.Parse(u.Participant);
            var row = new RoundUnplaced { ParticipantId = p };
            if (u.Reason == UnplacedReason.SeatsTaken) row.Kind = UnplacedKind.SeatsTaken;
            else if (model.Competent.Keys.Any(k => k.Participant == p)) row.Kind = UnplacedKind.AllForbidden;
            else
            {
                row.Kind = UnplacedKind.NoCompetentRole;
                if (model.Nearest.GetValueOrDefault(p) is { } n) (row.NearestRoleId, row.MissingSkillId, row.MissingLevel) = (n.RoleId, n.SkillId, n.Needed);
            }
            round.Unplaced.Add(row);
        }
        round.Placed = result.Assignments.Select(a => a.Participant).Distinct().Count();
        round.TotalValue = result.Value.Score;
        round.Optimal = result.Optimal;
        round.CertificateVerified = verified;
        round.SolvedAt = clock.GetUtcNow();
        if (round.Status == RoundStatus.Open || round.Status == RoundStatus.Published) round.Status = RoundStatus.Proposed;
        // One SaveChanges: the old proposal goes and the new one arrives together, or neither.
        await db.SaveChangesAsync(ct);
        return new JobOutcome(true, JsonSerializer.Serialize(new { placed = round.Placed, assignments = result.Assignments.Count, totalValue = round.TotalValue, optimal = result.Optimal, certificateVerified = verified }));
    }
}

/// <summary>The placement solve as queued work (kind <see cref="SolveRound.JobKind"/>): arguments are the round id only.</summary>
public sealed class PlacementSolveWork(SolveRound solve) : IJobWork
{
    public sealed record Arguments(int RoundId);

    public Task<JobOutcome> RunAsync(string argumentsJson, IJobProgress progress, CancellationToken ct) =>
        solve.RunJobAsync(JsonSerializer.Deserialize<Arguments>(argumentsJson)!.RoundId, progress, ct);
}
