using Microsoft.AspNetCore.Authorization;
using TalentChain.Modules.Labs.Web;

namespace TalentChain.Modules.Labs.Features.Units;

/// <summary>/labs: centres, labs and areas with their counts; the labs the viewer manages first.</summary>
[Authorize(Policy = LabsPolicies.Use)]
public class IndexPageModel(LabsAccess access, LabUnits units) : LabsPageModel(access)
{
    public List<LabRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await units.ListAsync(await ViewerAsync(ct), ct);
}
