using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.Taxonomy;

/// <summary>/taxonomy: the expertise tree and the proficiency scale for everyone signed in; node edits for Taxonomy.Manage.</summary>
[Authorize(Policy = Policies.SignedIn)]
public class TaxonomyModel(TaxonomyHandlers taxonomy, IAuthorizationService authorization, IStringLocalizer<TaxonomyResource> t) : PageModel
{
    public List<TaxonomyNodeView> Nodes { get; private set; } = [];
    public List<ProficiencyLevelView> Levels { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool FormOpen { get; private set; }
    public string? Message { get; private set; }

    [BindProperty] public int? EditId { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? NameZh { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Segment { get; set; }
    [BindProperty] public int? ParentId { get; set; }
    [BindProperty] public long? Version { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetFormAsync(int? id, int? parentId, CancellationToken ct)
    {
        if (!await MayEditAsync()) return Forbid();
        await LoadAsync(ct);
        if (id is { } editId)
        {
            var n = Nodes.FirstOrDefault(x => x.Id == editId);
            if (n is null) return NotFound();
            (EditId, Code, Kind, Name, NameZh, Description, Segment, ParentId, Version) =
                (n.Id, n.Code, n.Kind, n.Name, n.NameZh, n.Description, n.Segment, n.ParentId, n.Version);
        }
        else if (Nodes.FirstOrDefault(x => x.Id == parentId) is { } parent)
        {
            ParentId = parent.Id;
            Segment = parent.Segment;
            Code = parent.Code + ".";
            Kind = parent.Kind == nameof(Contracts.TaxonomyKind.Segment) ? nameof(Contracts.TaxonomyKind.Technology) : nameof(Contracts.TaxonomyKind.Skill);
        }
        else
        {
            Kind = nameof(Contracts.TaxonomyKind.Segment);
        }
        FormOpen = true;
        return Body();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!await MayEditAsync()) return Forbid();
        ModelState.Clear();
        var input = new TaxonomyNodeInput(Code, Kind, Name, NameZh, Description, Segment, ParentId, null, Version);
        string? savedCode = null;
        if (await this.TryHandlerAsync(async () => savedCode = (EditId is { } id ? await taxonomy.UpdateAsync(id, input, ct) : await taxonomy.CreateAsync(input, ct)).Code))
        {
            if (!Request.IsHtmx()) return RedirectToPage();
            Message = t["Taxonomy.Saved", savedCode!];
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
        if (await this.TryHandlerAsync(() => taxonomy.DeleteAsync(id, version, ct)))
        {
            if (!Request.IsHtmx()) return RedirectToPage();
            Message = t["Taxonomy.Deleted"];
        }
        await LoadAsync(ct);
        return Body();
    }

    private IActionResult Body() => Request.IsHtmx() ? Partial("_TaxonomyBody", this) : Page();

    private async Task<bool> MayEditAsync() => CanEdit = (await authorization.AuthorizeAsync(User, Policies.TaxonomyManage)).Succeeded;

    private async Task LoadAsync(CancellationToken ct)
    {
        await MayEditAsync();
        Levels = taxonomy.Levels();
        Nodes = await taxonomy.ListAsync(User, ct);
    }
}
