using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Web;

namespace TalentChain.Modules.Commercialization.Features.GoToMarket;

/// <summary>/commercialization/projects: the projects the viewer may see; the office creates one.</summary>
[Authorize(Policy = CommercializationPolicies.Use)]
public class ProjectsPageModel(CommercializationAccess access, ConversionProjects projects, IStringLocalizer<CommercializationResource> t) : CommercializationPageModel(access)
{
    public List<ProjectRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await projects.ListAsync(await ViewerAsync(ct), ct);

    public async Task<IActionResult> OnPostAsync(string? name, string? nameZh, string? description, DealKind? route, string? businessOwner, string? counterpartyName,
        string? countryCode, string? disclosureIds, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        // Disclosures by number (ID-2026-0007) or by id, separated by commas or spaces.
        var entries = (disclosureIds ?? "").Split([',', ' ', '，', '、', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ids = entries.Where(e => int.TryParse(e, out _)).Select(int.Parse).ToList();
        var numbers = entries.Where(e => !int.TryParse(e, out _)).ToList();
        ProjectView? created = null;
        if (await TryAsync(async () => created = await projects.SaveAsync(viewer, null, new ProjectInput(name, nameZh, description, route, null, null, counterpartyName, countryCode, ids,
            BusinessOwnerNumber: businessOwner, DisclosureNumbers: numbers), ct)))
        {
            Message = t["Gtm.Created", created!.Number];
            return Redirect($"/commercialization/projects/{created.Id}");
        }
        Rows = await projects.ListAsync(viewer, ct);
        return Page();
    }
}
