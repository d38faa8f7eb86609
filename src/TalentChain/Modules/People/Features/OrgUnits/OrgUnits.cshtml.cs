using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.OrgUnits;

/// <summary>/org: the unit tree for everyone signed in; create, edit and delete for People.Manage, inline via htmx.</summary>
[Authorize(Policy = Policies.SignedIn)]
public class OrgUnitsModel(OrgUnitHandlers units, IAuthorizationService authorization, IStringLocalizer<TaxonomyResource> t) : PageModel
{
    public List<OrgUnitView> Units { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool FormOpen { get; private set; }
    public string? Message { get; private set; }

    [BindProperty] public int? EditId { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? NameZh { get; set; }
    [BindProperty] public string? Segment { get; set; }
    [BindProperty] public string? Site { get; set; }
    [BindProperty] public int? ParentId { get; set; }
    [BindProperty] public long? Version { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The create form (no id) or the edit form of one unit.</summary>
    public async Task<IActionResult> OnGetFormAsync(int? id, int? parentId, CancellationToken ct)
    {
        if (!await MayEditAsync()) return Forbid();
        await LoadAsync(ct);
        if (id is { } editId)
        {
            var u = Units.FirstOrDefault(x => x.Id == editId);
            if (u is null) return NotFound();
            (EditId, Code, Name, NameZh, Segment, Site, ParentId, Version) = (u.Id, u.Code, u.Name, u.NameZh, u.Segment, u.Site, u.ParentId, u.Version);
        }
        else
        {
            ParentId = parentId;
            Segment = Units.FirstOrDefault(x => x.Id == parentId)?.Segment;
        }
        FormOpen = true;
        return Body();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!await MayEditAsync()) return Forbid();
        ModelState.Clear(); // the handler's messages are the localised ones
        var input = new OrgUnitInput(Code, Name, NameZh, Segment, Site, ParentId, Version);
        string? savedCode = null;
        if (await this.TryHandlerAsync(async () => savedCode = (EditId is { } id ? await units.UpdateAsync(id, input, ct) : await units.CreateAsync(input, ct)).Code))
        {
            if (!Request.IsHtmx()) return RedirectToPage();
            Message = t["OrgUnit.Saved", savedCode!];
        }
        else
        {
            FormOpen = true;
        }
        await LoadAsync(ct);
        return Body();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, long? version, CancellationToken ct)
    {
        if (!await MayEditAsync()) return Forbid();
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => units.DeleteAsync(id, version, ct)))
        {
            if (!Request.IsHtmx()) return RedirectToPage();
            Message = t["OrgUnit.Deleted"];
        }
        await LoadAsync(ct);
        return Body();
    }

    private IActionResult Body() => Request.IsHtmx() ? Partial("_OrgUnitsBody", this) : Page();

    private async Task<bool> MayEditAsync() => CanEdit = (await authorization.AuthorizeAsync(User, Policies.PeopleManage)).Succeeded;

    private async Task LoadAsync(CancellationToken ct)
    {
        await MayEditAsync();
        Units = await units.ListAsync(ct);
    }
}
