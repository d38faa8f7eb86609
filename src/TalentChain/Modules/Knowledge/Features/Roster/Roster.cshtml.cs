using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Knowledge.Features.Register;

namespace TalentChain.Modules.Knowledge.Features.Roster;

/// <summary>/knowledge/roster: the expertise roster (work data only), filterable, exported through /api/v1/knowledge/roster.</summary>
[Authorize(Policy = KnowledgePolicies.Officer)]
public class RosterModel(RosterHandler handler, RegisterHandlers register) : PageModel
{
    [BindProperty(SupportsGet = true)] public RosterQuery Query { get; set; } = new();
    public List<RosterRow> Rows { get; private set; } = [];
    public List<CriticalTechnologyView> Technologies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await handler.GetAsync(Query, ct);
        Technologies = await register.ListAsync(ct);
    }

    public string ExportUrl(string format, string culture)
    {
        var q = new List<string> { "format=" + format, "culture=" + culture };
        if (Query.Segment is { } s) q.Add("segment=" + s);
        if (Query.Technology is { } t) q.Add("technology=" + t.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Query.MinSensitivity is { } m) q.Add("minSensitivity=" + m);
        if (!string.IsNullOrWhiteSpace(Query.Q)) q.Add("q=" + Uri.EscapeDataString(Query.Q));
        return "/api/v1/knowledge/roster?" + string.Join('&', q);
    }
}
