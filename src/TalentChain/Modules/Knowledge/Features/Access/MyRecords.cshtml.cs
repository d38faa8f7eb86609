using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Knowledge.Features.Access;

/// <summary>
/// /knowledge/records: the controlled data sets the signed-in person holds a grant for, and the way to open one. Every
/// opening goes through <see cref="AccessHandlers.ReadAsync"/>, so it is logged (who, when, what) like an API read.
/// </summary>
[Authorize(Policy = Platform.Auth.Policies.SignedIn)]
public class MyRecordsModel(AccessHandlers handlers, KnowledgeAccess access) : PageModel
{
    public List<GrantView> Grants { get; private set; } = [];
    public ControlledRecord? Record { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostReadAsync(int dataSetId, CancellationToken ct)
    {
        var scope = await access.ScopeAsync(User, ct);
        ControlledRecord? record = null;
        if (!await this.TryHandlerAsync(async () => record = await handlers.ReadAsync(dataSetId, false, scope.ViewerEmployeeId, ct))) return NotFound();
        Record = record;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = await access.ViewerEmployeeIdAsync(User, ct);
        Grants = viewer is { } v ? await handlers.GrantsAsync(null, v, ct) : [];
    }
}
