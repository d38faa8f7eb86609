using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Exports.Features.ControlList;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Risk;

/// <summary>/exports/risk/lines/new and /exports/risk/lines/{id}: a customer production line and its consumption rows.</summary>
[Authorize(Policy = ExportsPolicies.Manage)]
public class ProductionLinePageModel(ProductionLineHandlers lines, MaterialHandlers materials) : PageModel
{
    public ProductionLineView? Line { get; private set; }
    public List<PartyView> Parties { get; private set; } = [];
    public List<MaterialView> Materials { get; private set; } = [];
    public string? Message { get; private set; }

    [BindProperty] public int? CustomerPartyId { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? NameZh { get; set; }
    [BindProperty] public string? Location { get; set; }
    [BindProperty] public string? Country { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public decimal? DailyOutputValue { get; set; }
    [BindProperty] public string? Currency { get; set; } = "USD";
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public int? MaterialId { get; set; }
    [BindProperty] public decimal? DailyConsumption { get; set; }
    [BindProperty] public decimal? StockOnHand { get; set; }
    [BindProperty] public decimal? InTransit { get; set; }

    private static int? ParseId(string id) => int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var x) ? x : null;

    public async Task<IActionResult> OnGetAsync(string id, string? done, CancellationToken ct)
    {
        Message = done;
        if (id != "new" && ParseId(id) is null) return NotFound();
        await LoadAsync(ParseId(id), ct);
        if (Line is { } l)
            (CustomerPartyId, Name, NameZh, Location, Country, Notes, DailyOutputValue, Currency, Version) =
                (l.CustomerPartyId, l.Name, l.NameZh, l.Location, l.Country, l.Notes, l.DailyOutputValue, l.Currency, l.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken ct)
    {
        ModelState.Clear();
        var lineId = ParseId(id);
        var input = new ProductionLineInput(CustomerPartyId, Name, NameZh, Location, Country, Notes, DailyOutputValue, Currency, null, Version);
        ProductionLineView? saved = null;
        if (await this.TryHandlerAsync(async () => saved = lineId is { } x ? await lines.UpdateAsync(x, input, ct) : await lines.CreateAsync(input, ct)))
            return Redirect($"/exports/risk/lines/{saved!.Id}?done=saved");
        await LoadAsync(lineId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddMaterialAsync(string id, CancellationToken ct)
    {
        ModelState.Clear();
        if (ParseId(id) is not { } lineId) return NotFound();
        if (await this.TryHandlerAsync(() => lines.AddConsumptionAsync(lineId, new ConsumptionInput(MaterialId, DailyConsumption, StockOnHand, InTransit), ct)))
            return Redirect($"/exports/risk/lines/{lineId}?done=saved");
        await ReloadKeepingFieldsAsync(lineId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateMaterialAsync(string id, CancellationToken ct)
    {
        ModelState.Clear();
        if (ParseId(id) is not { } lineId) return NotFound();
        if (await this.TryHandlerAsync(() => lines.SetConsumptionAsync(lineId, new ConsumptionInput(MaterialId, DailyConsumption, StockOnHand, InTransit), ct)))
            return Redirect($"/exports/risk/lines/{lineId}?done=saved");
        await ReloadKeepingFieldsAsync(lineId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveMaterialAsync(string id, CancellationToken ct)
    {
        ModelState.Clear();
        if (ParseId(id) is not { } lineId) return NotFound();
        if (await this.TryHandlerAsync(() => lines.RemoveConsumptionAsync(lineId, MaterialId ?? 0, ct)))
            return Redirect($"/exports/risk/lines/{lineId}?done=saved");
        await ReloadKeepingFieldsAsync(lineId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken ct)
    {
        ModelState.Clear();
        if (ParseId(id) is not { } lineId) return NotFound();
        if (await this.TryHandlerAsync(() => lines.DeleteAsync(lineId, Version, ct)))
            return Redirect("/exports/risk?done=deleted");
        await ReloadKeepingFieldsAsync(lineId, ct);
        return Page();
    }

    private async Task ReloadKeepingFieldsAsync(int lineId, CancellationToken ct)
    {
        await LoadAsync(lineId, ct);
        if (Line is { } l && Name is null)
            (CustomerPartyId, Name, NameZh, Location, Country, Notes, DailyOutputValue, Currency, Version) =
                (l.CustomerPartyId, l.Name, l.NameZh, l.Location, l.Country, l.Notes, l.DailyOutputValue, l.Currency, l.Version);
    }

    private async Task LoadAsync(int? id, CancellationToken ct)
    {
        Line = id is { } x ? await lines.GetAsync(x, ct) : null;
        Parties = await materials.PartiesAsync(ct);
        Materials = await materials.ListAsync(null, ct);
    }
}
