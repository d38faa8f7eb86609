using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Platform.Jobs;

/// <summary>
/// A watchable job as the page and the API show it: status, localised phase, progress, and for solvers the best
/// solution and bound so far with the gap. <see cref="Interrupted"/>: the node running it stopped or went away
/// (<see cref="Error"/> says which); <see cref="RunningOn"/>: the node that runs (or ran) it.
/// </summary>
public sealed record JobView(
    Guid Id, string Kind, string Title, string? Subject, string Status, string? Phase, string PhaseText, int Percent,
    bool Cancellable, bool CancelRequested, bool Finished, bool Interrupted,
    long? BestCount, long? BestScore, long? BoundCount, long? BoundScore, double? Gap,
    string? Error, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? RunningOn);

/// <summary>Reads and cancels jobs that carry an authorization policy (solver runs); imports keep their own endpoints.</summary>
public sealed class JobStatusHandlers(
    TalentChainDbContext db,
    JobRunner runner,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> shared,
    TimeProvider clock)
{
    /// <summary>The job, or null when it does not exist, has no policy, or the user does not meet its policy.</summary>
    public async Task<JobView?> GetAsync(Guid id, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var job = await db.BackgroundJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);
        if (job?.Policy is null || !(await authorization.AuthorizeAsync(user, job.Policy)).Succeeded) return null;
        return View(job);
    }

    /// <summary>The latest job of a subject (e.g. "mentoring-round:12"), for the page that owns the subject.</summary>
    public async Task<JobView?> LatestAsync(string subject, CancellationToken ct = default)
    {
        // SQLite cannot order by DateTimeOffset: pick the newest from (id, created) pairs, then load that one row only.
        var stamps = await db.BackgroundJobs.AsNoTracking().Where(j => j.Subject == subject).Select(j => new { j.Id, j.CreatedAt }).ToListAsync(ct);
        if (stamps.Count == 0) return null;
        var newest = stamps.MaxBy(j => j.CreatedAt)!.Id;
        return View(await db.BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == newest, ct));
    }

    /// <summary>Requests cancellation; 404 for unknown/unauthorised jobs, a validation error when it already finished.</summary>
    public async Task<JobView> CancelAsync(Guid id, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var view = await GetAsync(id, user, ct) ?? throw new NotFoundException(shared["Job.NotFound"]);
        if (!view.Cancellable) throw ValidationFailedException.For(shared["Job.NotCancellable"], "id", shared["Job.NotCancellable"]);
        if (view.Finished || view.Interrupted) throw ValidationFailedException.For(shared["Job.AlreadyFinished"], "id", shared["Job.AlreadyFinished"]);
        await runner.RequestCancelAsync(id, ct);
        return (await GetAsync(id, user, ct))!;
    }

    public JobView View(BackgroundJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var interrupted = job.IsInterrupted(clock.GetUtcNow());
        // A stale heartbeat not yet swept reads as what the sweep will record.
        var error = interrupted && job.Error is null ? JobRunner.NodeLost : job.Error;
        var detail = SolverJobDetail.Parse(job.DetailJson);
        var phase = interrupted ? "Job.Phase.Interrupted" : job.Phase;
        return new JobView(
            job.Id, job.Kind, job.Title, job.Subject, interrupted ? "Interrupted" : job.Status.ToString(), phase, PhaseText(phase), job.Percent,
            job.Cancellable, job.CancelRequested, job.IsFinished || interrupted, interrupted,
            detail?.BestCount, detail?.BestScore, detail?.BoundCount, detail?.BoundScore, detail?.Gap,
            JobErrors.Text(error, shared), job.CreatedBy, job.CreatedAt, job.StartedAt, job.FinishedAt, job.RunningOn);
    }

    private string PhaseText(string? phase)
    {
        if (phase is null) return "";
        var text = shared[phase];
        return text.ResourceNotFound ? phase : text.Value;
    }
}

public static class JobStatusEndpoints
{
    public static IEndpointRouteBuilder MapJobStatus(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/jobs").WithTags("Jobs").RequireAuthorization(Policies.SignedIn);
        api.MapGet("/{id:guid}", async Task<Results<Ok<JobView>, NotFound>> (Guid id, ClaimsPrincipal user, JobStatusHandlers h, CancellationToken ct) =>
                await h.GetAsync(id, user, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithName("GetJob")
            .WithSummary("A background job (e.g. a solver run): status, phase, progress, best solution and bound so far, gap.");
        // CSRF: the session cookie alone is refused for every state-changing /api call (ApiAntiforgery).
        api.MapPost("/{id:guid}/cancel", async Task<Ok<JobView>> (Guid id, ClaimsPrincipal user, JobStatusHandlers h, CancellationToken ct) =>
                TypedResults.Ok(await h.CancelAsync(id, user, ct)))
            .WithName("CancelJob")
            .WithSummary("Cancel a running or queued job; nothing from a cancelled run is kept or published.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
