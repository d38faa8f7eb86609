using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Exports.Features.Applications.DraftApplication;
using TalentChain.Modules.Exports.Features.ControlList;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Applications;

/// <summary>/exports/applications/new and /exports/applications/{id}/edit: drafting an application.</summary>
[Authorize(Policy = ExportsPolicies.Manage)]
public class ApplicationFormModel(ApplicationReader applications, DraftApplicationHandler drafts, MaterialHandlers materials, TalentChainDbContext db) : PageModel
{
    public const int LineRows = 3;

    public sealed class LineRow
    {
        public int? MaterialId { get; set; }
        public string? ControlCode { get; set; }
        public decimal? Quantity { get; set; }
        public decimal? Value { get; set; }
        public string? Currency { get; set; }
    }

    public List<PartyView> Parties { get; private set; } = [];
    public List<MaterialView> Materials { get; private set; } = [];
    public List<string> Codes { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public string? Kind { get; set; } = "New";
    [BindProperty] public int? AmendsLicenceId { get; set; }
    [BindProperty] public int? ApplicantPartyId { get; set; }
    [BindProperty] public string? ContractNumber { get; set; }
    [BindProperty] public int? ConsigneePartyId { get; set; }
    [BindProperty] public int? EndUserPartyId { get; set; }
    [BindProperty] public string? EndUse { get; set; }
    [BindProperty] public string? EndUseCategory { get; set; }
    [BindProperty] public string? Currency { get; set; } = "USD";
    [BindProperty] public string? RouteText { get; set; } = "CN > ";
    [BindProperty] public string? Mode { get; set; } = "Sea";
    [BindProperty] public List<LineRow> Lines { get; set; } = [];
    [BindProperty] public long? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var a = await applications.GetAsync(id, ct);
            (Kind, AmendsLicenceId, ApplicantPartyId, ContractNumber, ConsigneePartyId, EndUserPartyId, EndUse, EndUseCategory, Currency, Version) =
                (a.Summary.Kind, a.AmendsLicenceId, a.ApplicantPartyId, a.ContractNumber, a.ConsigneePartyId, a.EndUserPartyId, a.EndUse, a.Summary.EndUseCategory, a.Summary.Currency, a.Version);
            RouteText = a.Route.Count == 0 ? "" : string.Join(" > ", new[] { a.Route[0].From }.Concat(a.Route.Select(r => r.To)));
            Mode = a.Route.FirstOrDefault()?.Mode;
            Lines = [.. a.Lines.Select(l => new LineRow { MaterialId = l.MaterialId, ControlCode = l.ControlCode, Quantity = l.Quantity, Value = l.Value, Currency = l.Currency })];
        }
        else
        {
            ApplicantPartyId = await db.Parties.Where(p => p.Country == "CN").Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var legs = new List<RouteLegInput>();
        var stops = (RouteText ?? "").Split(['>', ',', '-', '→'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i + 1 < stops.Length; i++) legs.Add(new RouteLegInput(stops[i], stops[i + 1], Mode));
        var lines = Lines.Where(l => l.MaterialId is not null || !string.IsNullOrWhiteSpace(l.ControlCode) || l.Quantity is not null)
            .Select(l => new ApplicationLineInput(l.MaterialId, l.ControlCode, l.Quantity, null, l.Value, string.IsNullOrWhiteSpace(l.Currency) ? null : l.Currency)).ToList();
        var input = new ApplicationInput(Kind, AmendsLicenceId, ApplicantPartyId, ContractNumber, ConsigneePartyId, EndUserPartyId, EndUse, EndUseCategory, Currency, lines, legs, Version);
        ApplicationView? saved = null;
        if (await this.TryHandlerAsync(async () => saved = Id is { } id ? await drafts.UpdateAsync(id, input, ct) : await drafts.CreateAsync(input, ct)))
            return Redirect($"/exports/applications/{saved!.Summary.Id}");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Parties = await materials.PartiesAsync(ct);
        Materials = await materials.ListAsync(null, ct);
        Codes = await db.ControlListEntries.Select(e => e.ControlCode).Distinct().OrderBy(c => c).ToListAsync(ct);
        while (Lines.Count < LineRows) Lines.Add(new LineRow());
    }
}
