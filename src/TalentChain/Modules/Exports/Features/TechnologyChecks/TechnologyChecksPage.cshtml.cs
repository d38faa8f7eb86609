using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.TechnologyChecks;

/// <summary>/exports/technology-checks: the checks the viewer may see, filters, CSV/XLSX, and (officer) a form to open one by hand.</summary>
[Authorize(Policy = ExportsPolicies.TechnologyChecks)]
public class TechnologyChecksPageModel(TechnologyCheckAccess access, TechnologyCheckHandlers checks) : PageModel
{
    public List<TechnologyCheckRow> Rows { get; private set; } = [];
    public TechnologyCheckViewer Viewer { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public TechnologyCheckQuery Query { get; set; } = new();

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? TaxonomyCodes { get; set; }
    [BindProperty] public string? CounterpartyName { get; set; }
    [BindProperty] public string? CountryCode { get; set; }
    [BindProperty] public TechnologyTransferKind? Kind { get; set; } = TechnologyTransferKind.Licence;
    [BindProperty] public string? RequesterNumber { get; set; }

    public string ExportQuery => $"status={Query.Status}&category={Query.Category}&country={Uri.EscapeDataString(Query.Country ?? "")}&q={Uri.EscapeDataString(Query.Q ?? "")}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Viewer = await access.ViewerAsync(User, ct);
        Rows = await checks.ListAsync(Viewer, Query, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Viewer = await access.ViewerAsync(User, ct);
        TechnologyCheckView? created = null;
        if (await this.TryHandlerAsync(async () => created = await checks.CreateAsync(Viewer, new TechnologyCheckInput(Title, Description, TaxonomyCodes, CounterpartyName, CountryCode, Kind, RequesterNumber), ct)))
            return Redirect(TechnologyCheckHandlers.Link(created!.Id));
        Rows = await checks.ListAsync(Viewer, new TechnologyCheckQuery(), ct);
        return Page();
    }
}
