using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Knowledge.Features.Departures;

/// <summary>/knowledge/departures: recorded departures and the form that records one (and opens its exit workflow).</summary>
[Authorize(Policy = KnowledgePolicies.Manage)]
public class DeparturesModel(DepartureHandlers handlers, KnowledgeAccess access, TimeProvider clock) : PageModel
{
    public List<DepartureRow> Rows { get; private set; } = [];
    [BindProperty] public DepartureInput Input { get; set; } = new(null, null, null, null, null, DepartureLevel.Staff, null);

    public async Task OnGetAsync(string? employee, CancellationToken ct)
    {
        var today = clock.Today();
        Input = Input with { EmployeeNumber = employee, NoticeDate = today, LastDay = today.AddDays(30) };
        Rows = await handlers.ListAsync(await access.ScopeAsync(User, ct), false, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var scope = await access.ScopeAsync(User, ct);
        DepartureView? created = null;
        if (await this.TryHandlerAsync(async () => created = await handlers.RecordAsync(scope, Input, ct))) return Redirect($"/knowledge/departures/{created!.Id}");
        Rows = await handlers.ListAsync(scope, false, ct);
        return Page();
    }

    public static readonly DepartureReason[] Reasons = Enum.GetValues<DepartureReason>();
    public static readonly DepartureDestination[] Destinations = Enum.GetValues<DepartureDestination>();
    public static readonly DepartureLevel[] Levels = Enum.GetValues<DepartureLevel>();
}

/// <summary>/knowledge/departures/{id}: the exit workflow — handovers, returns, access revocation, confidentiality reminder, sign-off.</summary>
[Authorize(Policy = KnowledgePolicies.Manage)]
public class DepartureModel(DepartureHandlers handlers, KnowledgeAccess access, Coverage.CoverageService coverage) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public DepartureView View { get; private set; } = null!;
    public string? Message { get; private set; }
    /// <summary>The coverage of each technology in the handover plan, now and after recorded departures.</summary>
    public Dictionary<int, Coverage.CoverageRow> Coverage { get; private set; } = [];
    /// <summary>Technologies whose coverage figures the viewer may see (see CoverageIndex.MaySeeFigures).</summary>
    public HashSet<int> Figures { get; private set; } = [];
    public int MinGroupSize { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Message = done;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostHandoverAsync(int handoverId, string? toEmployeeNumber, HandoverStatus? status, string? notes, CancellationToken ct) =>
        RunAsync(scope => handlers.UpdateHandoverAsync(scope, Id, handoverId, new HandoverInput(toEmployeeNumber, status, notes), ct), ct);

    public Task<IActionResult> OnPostChecklistAsync(bool documentsReturned, bool equipmentReturned, bool confidentialityReminder, long? version, CancellationToken ct) =>
        RunAsync(scope => handlers.UpdateChecklistAsync(scope, Id, new ChecklistInput(documentsReturned, equipmentReturned, confidentialityReminder, version), ct), ct);

    public Task<IActionResult> OnPostRevokeAsync(CancellationToken ct) => RunAsync(scope => handlers.RevokeAccessAsync(scope, Id, ct), ct);

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken ct) => RunAsync(scope => handlers.CompleteAsync(scope, Id, ct), ct);

    private async Task<IActionResult> RunAsync(Func<KnowledgeScope, Task<DepartureView>> call, CancellationToken ct)
    {
        ModelState.Clear();
        var scope = await access.ScopeAsync(User, ct);
        if (await this.TryHandlerAsync(() => call(scope))) return RedirectToPage(new { id = Id });
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            var scope = await access.ScopeAsync(User, ct);
            View = await handlers.GetAsync(scope, Id, ct);
            var index = await coverage.GetAsync(ct);
            Coverage = index.Rows.ToDictionary(r => r.CriticalTechnologyId);
            MinGroupSize = index.MinGroupSize;
            Figures = [.. index.Rows.Where(r => index.MaySeeFigures(scope, r)).Select(r => r.CriticalTechnologyId)];
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public static readonly HandoverStatus[] Statuses = Enum.GetValues<HandoverStatus>();
}
