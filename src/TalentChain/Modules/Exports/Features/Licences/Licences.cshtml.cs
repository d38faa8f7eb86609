using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Exports.Features.Licences.ReserveShipment;
using TalentChain.Modules.Exports.Features.Licences.RevokeLicence;
using TalentChain.Modules.Exports.Features.Licences.ShipOrCancelShipment;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Licences;

/// <summary>/exports/licences: licences with balances and utilisation.</summary>
[Authorize(Policy = ExportsPolicies.Manage)]
public class LicencesModel(LicenceReader licences) : PageModel
{
    public List<LicenceView> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await licences.ListAsync(ct);
}

/// <summary>/exports/licences/{id}: one licence, its lines and shipments; reserve, ship and cancel orders.</summary>
[Authorize(Policy = ExportsPolicies.Manage)]
public class LicenceDetailModel(LicenceReader licences, ReserveShipmentHandler reserve, ShipOrCancelShipmentHandler shipments, RevokeLicenceHandler revoke, ControlList.MaterialHandlers materials) : PageModel
{
    public LicenceView Licence { get; private set; } = null!;
    public List<ControlList.PartyView> Parties { get; private set; } = [];
    public string? Message { get; private set; }

    [BindProperty] public int? ConsigneePartyId { get; set; }
    [BindProperty] public int? EndUserPartyId { get; set; }
    [BindProperty] public string? DestinationCountry { get; set; }
    [BindProperty] public string? EndUseCategory { get; set; }
    [BindProperty] public DateOnly? PlannedOn { get; set; }
    [BindProperty] public int? LicenceLineId { get; set; }
    [BindProperty] public decimal? Quantity { get; set; }
    [BindProperty] public decimal? Value { get; set; }
    [BindProperty] public DateOnly? ShippedOn { get; set; }
    [BindProperty] public DateOnly? RevokedOn { get; set; }
    [BindProperty] public string? RevocationReason { get; set; }
    public bool RevokeAttempted { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken ct)
    {
        Message = done;
        await LoadAsync(id, ct);
        var first = Licence.Parties.FirstOrDefault();
        ConsigneePartyId = first?.Id;
        EndUserPartyId = Licence.Parties.LastOrDefault()?.Id;
        DestinationCountry = Licence.Parties.LastOrDefault()?.Country;
        LicenceLineId = Licence.Lines.FirstOrDefault()?.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostReserveAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        var input = new ShipmentInput(id, ConsigneePartyId, EndUserPartyId, DestinationCountry, EndUseCategory, PlannedOn,
            [new ShipmentLineInput(LicenceLineId, Quantity, Value)]);
        if (await this.TryHandlerAsync(() => reserve.ReserveAsync(input, ct))) return Redirect($"/exports/licences/{id}?done=reserved");
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostShipAsync(int id, int shipmentId, long? version, CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => shipments.ShipAsync(shipmentId, new ShipInput(ShippedOn, version), ct))) return Redirect($"/exports/licences/{id}?done=shipped");
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, int shipmentId, long? version, CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => shipments.CancelAsync(shipmentId, version, ct))) return Redirect($"/exports/licences/{id}?done=cancelled");
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, long? version, CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => revoke.RevokeAsync(id, new RevokeInput(RevokedOn, RevocationReason, version), ct))) return Redirect($"/exports/licences/{id}?done=revoked");
        RevokeAttempted = true;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Licence = await licences.GetAsync(id, ct);
        Parties = await materials.PartiesAsync(ct);
    }
}
