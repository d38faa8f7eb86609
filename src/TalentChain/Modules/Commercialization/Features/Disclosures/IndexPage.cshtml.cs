using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Web;
using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Commercialization.Features.Disclosures;

/// <summary>/commercialization: the disclosures the viewer may see, with filters, search and export.</summary>
[Authorize(Policy = CommercializationPolicies.Use)]
public class IndexPageModel(CommercializationAccess access, DisclosureHandlers disclosures) : CommercializationPageModel(access)
{
    [FromQuery] public DisclosureStatus? Status { get; set; }
    [FromQuery] public ChainSegment? Segment { get; set; }
    [FromQuery] public int? Year { get; set; }
    [FromQuery] public bool Mine { get; set; }
    [FromQuery] public string? Q { get; set; }
    public List<DisclosureRow> Rows { get; private set; } = [];

    public string Query => string.Join("&", new[]
    {
        Status is { } s ? $"status={s}" : null, Segment is { } g ? $"segment={g}" : null, Year is { } y ? $"year={y}" : null,
        Mine ? "mine=true" : null, string.IsNullOrWhiteSpace(Q) ? null : "q=" + Uri.EscapeDataString(Q),
    }.Where(x => x is not null));

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await disclosures.ListAsync(await ViewerAsync(ct), new DisclosureFilter(Status, Segment, Year, Mine, Q), ct);
}
