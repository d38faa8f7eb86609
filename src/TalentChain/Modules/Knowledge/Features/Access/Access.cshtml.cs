using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Knowledge.Features.Register;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Knowledge.Features.Access;

/// <summary>/knowledge/access: controlled data sets (need-to-know compartments), grants expiring soon, and a form to add a set.</summary>
[Authorize(Policy = KnowledgePolicies.Officer)]
public class AccessModel(AccessHandlers handlers, RegisterHandlers register) : PageModel
{
    public List<DataSetView> Sets { get; private set; } = [];
    public List<GrantView> Expiring { get; private set; } = [];
    public List<CriticalTechnologyView> Technologies { get; private set; } = [];
    [BindProperty] public DataSetInput Input { get; set; } = new(null, null, null, null, null, null, null);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        DataSetView? created = null;
        if (await this.TryHandlerAsync(async () => created = await handlers.CreateAsync(Input, ct))) return Redirect($"/knowledge/access/{created!.Id}");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Sets = await handlers.ListAsync(ct);
        Expiring = [.. (await handlers.GrantsAsync(null, null, ct)).Where(g => g.State == GrantState.Active && g.DaysToExpiry <= AccessHandlers.ExpiringWithinDays)];
        Technologies = await register.ListAsync(ct);
    }
}

/// <summary>/knowledge/access/{id}: one data set — grants (state computed for today), grant and revoke forms, logged reads, read log.</summary>
[Authorize(Policy = KnowledgePolicies.Officer)]
public class DataSetModel(AccessHandlers handlers, KnowledgeAccess access) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public DataSetView Set { get; private set; } = null!;
    public List<GrantView> Grants { get; private set; } = [];
    public List<ReadLogView> Reads { get; private set; } = [];
    public ControlledRecord? Record { get; private set; }
    [BindProperty] public GrantInput Input { get; set; } = new(null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => handlers.GrantAsync(Id, Input, ct))) return RedirectToPage(new { id = Id });
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int grantId, string? reason, CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => handlers.RevokeAsync(grantId, reason, ct))) return RedirectToPage(new { id = Id });
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    /// <summary>Shows the controlled record; the read is logged.</summary>
    public async Task<IActionResult> OnPostReadAsync(CancellationToken ct)
    {
        var scope = await access.ScopeAsync(User, ct);
        ControlledRecord? record = null;
        if (!await this.TryHandlerAsync(async () => record = await handlers.ReadAsync(Id, scope.IsOfficer, scope.ViewerEmployeeId, ct))) return NotFound();
        if (!await LoadAsync(ct)) return NotFound();
        Record = record;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Set = await handlers.GetAsync(Id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }
        Grants = await handlers.GrantsAsync(Id, null, ct);
        Reads = await handlers.ReadLogAsync(Id, 100, ct);
        return true;
    }
}
