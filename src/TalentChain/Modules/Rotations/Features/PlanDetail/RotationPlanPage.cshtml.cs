using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Rotations.Features.Interchange;
using TalentChain.Modules.Rotations.Features.Offers;
using TalentChain.Modules.Rotations.Features.Participants;
using TalentChain.Modules.Rotations.Features.Publish;
using TalentChain.Modules.Rotations.Features.ReviewProposal;
using TalentChain.Modules.Rotations.Features.Settings;
using TalentChain.Modules.Rotations.Features.Solve;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Rotations.Web;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Web;


using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features.PlanDetail;

/// <summary>
/// /program/rotations/{id}: a cohort's rotation plan — settings, host-unit offers (a grid), participants' start periods,
/// solving with live progress and Cancel, the proposal (schedule, unplaced with reasons, capacity use), adjustments by
/// hand, publishing, and the interchange files.
/// </summary>
public class RotationPlanPageModel(
    GetRotationPlan detail, UpdatePlanSettings settings, RotationOffers offers, RotationMembers members, SolveRotationPlan solve,
    AdjustRotationProposal adjust, PublishRotationPlan publish, RotationInterchange files,
    RotationAccess access, JobStatusHandlers jobs, TalentChainDbContext db, IStringLocalizer<RotationsResource> t) : RotationsPageBase
{
    [FromRoute] public int Id { get; set; }
    public RotationPlanDetail Plan { get; private set; } = null!;
    public JobView? Job { get; private set; }
    public bool CanManage { get; private set; }
    public List<(string Code, string Name)> AllUnits { get; private set; } = [];

    // Settings
    [BindProperty] public DateOnly? FirstPeriodStart { get; set; }
    [BindProperty] public int? PeriodMonths { get; set; }
    [BindProperty] public int? Periods { get; set; }
    [BindProperty] public int? RotationsPerParticipant { get; set; }
    [BindProperty] public int? MinSegments { get; set; }
    [BindProperty] public long? Version { get; set; }
    // Offers: places as typed, so a non-number gets a precise message rather than a binding error.
    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public List<string?> Places { get; set; } = [];
    [BindProperty] public string? SameForAll { get; set; }
    // Start period / adjustment
    [BindProperty] public int ParticipantId { get; set; }
    [BindProperty] public int? StartPeriod { get; set; }
    [BindProperty] public List<string?> Units { get; set; } = [];
    [BindProperty] public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The plan's rotations.json.</summary>
    public async Task<IActionResult> OnGetInstanceAsync(CancellationToken ct)
    {
        try
        {
            return File(Encoding.UTF8.GetBytes(await files.ExportInstanceAsync(User, Id, ct)), "application/json", $"rotations-{Id}.json");
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
    }

    /// <summary>The proposal's result.json.</summary>
    public async Task<IActionResult> OnGetResultAsync(CancellationToken ct)
    {
        try
        {
            return File(Encoding.UTF8.GetBytes(await files.ExportResultAsync(User, Id, ct)), "application/json", $"result-{Id}.json");
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostSettingsAsync(CancellationToken ct) =>
        ManageAsync(() => settings.HandleAsync(User, Id, new PlanSettingsInput(FirstPeriodStart, PeriodMonths, Periods, RotationsPerParticipant, MinSegments, Version), ct), t["Done.Settings"], ct);

    public async Task<IActionResult> OnPostOfferAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        int? same = null;
        List<int>? places = null;
        if (!string.IsNullOrWhiteSpace(SameForAll))
        {
            if (int.TryParse(SameForAll, NumberStyles.None, CultureInfo.InvariantCulture, out var s)) same = s;
            else errors.Add("sameForAll", t["Offer.PlacesRange", RotationPlans.MaxPlaces]);
        }
        else
        {
            places = [];
            for (var i = 0; i < Places.Count; i++)
            {
                var text = Places[i]?.Trim();
                if (string.IsNullOrEmpty(text)) places.Add(0);
                else if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) places.Add(n);
                else errors.Add($"places[{i}]", t["Offer.PlacesPeriod", i + 1, RotationPlans.MaxPlaces]);
            }
        }
        // The places the form could not read are refused after the access check, as before.
        return await ManageAsync(() => offers.SetAsync(User, Id, () =>
        {
            errors.ThrowIfAny(t["Offer.Invalid"]);
            return new OfferInput(UnitCode, places, same);
        }, ct), t["Done.Offer", UnitCode ?? ""], ct);
    }

    public Task<IActionResult> OnPostRemoveOfferAsync(CancellationToken ct) =>
        ManageAsync(() => offers.RemoveAsync(User, Id, UnitCode ?? "", ct), t["Done.OfferRemoved", UnitCode ?? ""], ct);

    public Task<IActionResult> OnPostStartPeriodAsync(CancellationToken ct) =>
        ManageAsync(() => members.SetStartPeriodAsync(User, Id, ParticipantId, new StartPeriodInput(StartPeriod), ct), t["Done.StartPeriod"], ct);

    public Task<IActionResult> OnPostSyncAsync(CancellationToken ct) =>
        ManageAsync(() => members.SyncAsync(User, Id, ct), t["Done.Synced"], ct);

    public Task<IActionResult> OnPostSolveAsync(CancellationToken ct) =>
        ManageAsync(() => solve.StartAsync(User, Id, ct), t["Done.SolveStarted"], ct);

    public Task<IActionResult> OnPostAdjustAsync(CancellationToken ct) =>
        ManageAsync(() => adjust.HandleAsync(User, Id, ParticipantId, new AdjustInput([.. Units.Select(u => u ?? "")], Version), ct), t["Done.Adjusted"], ct);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) =>
        ManageAsync(() => publish.HandleAsync(User, Id, new PublishInput(Version), User.Identity?.Name ?? "", ct), t["Done.Published"], ct);

    public Task<IActionResult> OnPostImportInstanceAsync(CancellationToken ct) =>
        ManageAsync(() => files.ImportInstanceAsync(User, Id, UploadTextAsync, ct), t["Done.ImportedInstance"], ct);

    public Task<IActionResult> OnPostImportResultAsync(CancellationToken ct) =>
        ManageAsync(() => files.ImportResultAsync(User, Id, UploadTextAsync, ct), t["Done.ImportedResult"], ct);

    private async Task<string> UploadTextAsync()
    {
        if (Upload is null || Upload.Length == 0) throw ValidationFailedException.For(t["Import.Invalid"], "file", t["Import.NoFile"]);
        if (Upload.Length > 5 * 1024 * 1024) throw ValidationFailedException.For(t["Import.Invalid"], "file", t["Import.TooLarge", 5]);
        using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    /// <summary>Runs a handler that checks the caller manages the plan; its refusal (403) or error shows on the reloaded page.</summary>
    private async Task<IActionResult> ManageAsync(Func<Task> call, string done, CancellationToken ct)
    {
        if (!IsManager) return Forbid();
        if (await TryAsync(call)) return Done(done, new { id = Id });
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        try
        {
            Plan = await detail.HandleAsync(User, Id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        // Which controls to show: a question, not a check (the handlers check).
        CanManage = await access.CanManageAsync(User, Id, ct);
        // The job card polls and cancels through /jobs/{id}, which requires the manage policy.
        Job = CanManage ? await jobs.LatestAsync(SolveRotationPlan.Subject(Id), ct) : null;
        if (CanManage)
            AllUnits = [.. (await db.OrgUnitRefs.AsNoTracking().OrderBy(u => u.Code).Select(u => new { u.Code, u.Name, u.NameZh }).ToListAsync(ct))
                .Select(u => (u.Code, UiCulture.Pick(u.Name, u.NameZh)))];
        return Page();
    }
}
