using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Labs.Features.BadgeLog;
using TalentChain.Modules.Labs.Web;

namespace TalentChain.Modules.Labs.Features.Units;

/// <summary>/labs/{id}: requirements, managers, areas, grants and pending requests (as the viewer may see them), and the badge report.</summary>
[Authorize(Policy = LabsPolicies.Use)]
public class LabPageModel(LabsAccess access, LabUnits units, BadgeReport badges) : LabsPageModel(access)
{
    [FromRoute] public int Id { get; set; }
    public LabView View { get; private set; } = null!;
    public List<BadgeEntryRow> Unauthorised { get; private set; } = [];
    public BadgeLabRow? Badges { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        if (!await LoadAsync(async () => View = await units.GetAsync(viewer, Id, ct))) return NotFound();
        var report = await badges.ReportAsync(viewer, null, null, ct);
        Badges = report.Labs.FirstOrDefault(l => l.LabId == Id);
        var codes = View.Areas.Select(a => a.Code).Append(View.Lab.Code).ToHashSet();
        Unauthorised = [.. report.Unauthorised.Where(e => codes.Contains(e.AreaCode))];
        return Page();
    }
}
