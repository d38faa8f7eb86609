using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Web;

namespace TalentChain.Modules.Commercialization.Features.Legal;

/// <summary>/commercialization/legal: the legal requests the viewer may see (filters, overdue flagged, exports) and the form to file one.</summary>
[Authorize(Policy = CommercializationPolicies.Use)]
public class LegalPageModel(CommercializationAccess access, LegalHandlers legal, IStringLocalizer<CommercializationResource> t) : CommercializationPageModel(access)
{
    [BindProperty(SupportsGet = true)] public LegalRequestStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public LegalRequestKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    /// <summary>Pre-selects the disclosure of a new request (link from the disclosure page).</summary>
    [BindProperty(SupportsGet = true)] public int? DisclosureId { get; set; }

    public List<LegalRequestRow> Rows { get; private set; } = [];
    public List<LegalOption> Disclosures { get; private set; } = [];
    public List<LegalOption> Families { get; private set; } = [];
    public List<LegalOption> Projects { get; private set; } = [];

    public string Query => string.Join("&", new[]
    {
        Status is { } s ? $"status={s}" : null, Kind is { } k ? $"kind={k}" : null, Mine ? "mine=true" : null, Overdue ? "overdue=true" : null,
    }.Where(x => x is not null));

    public async Task OnGetAsync(CancellationToken ct) => await FillAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(LegalRequestKind? newKind, string? question, int? newDisclosureId, int? patentFamilyId, int? conversionProjectId,
        DateOnly? dueOn, CancellationToken ct)
    {
        ModelState.Clear();
        LegalRequestView? created = null;
        if (await TryAsync(async () => created = await legal.CreateAsync(await ViewerAsync(ct), new LegalRequestInput(newKind, question, newDisclosureId, patentFamilyId, conversionProjectId, dueOn), ct)))
        {
            Message = t["Legal.Created", created!.Number];
            return LocalRedirect($"/commercialization/legal/{created.Id}");
        }
        await FillAsync(ct);
        return Page();
    }

    private async Task FillAsync(CancellationToken ct)
    {
        var v = await ViewerAsync(ct);
        Rows = await legal.ListAsync(v, new LegalFilter(Status, Kind, Mine, Overdue), ct);
        (Disclosures, Families, Projects) = await legal.OptionsAsync(v, ct);
    }
}
