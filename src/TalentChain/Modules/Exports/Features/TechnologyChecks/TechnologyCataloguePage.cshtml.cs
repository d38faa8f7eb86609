using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.TechnologyChecks;

/// <summary>/exports/technology-catalogue: the catalogue items (prohibited / restricted) the checks are classified against; add, edit (?edit={id}), delete.</summary>
[Authorize(Policy = ExportsPolicies.Manage)]
public class TechnologyCataloguePageModel(TechnologyCatalogueHandlers catalogue) : PageModel
{
    public List<CatalogueItemView> Items { get; private set; } = [];
    public int? EditId { get; private set; }

    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? NameZh { get; set; }
    [BindProperty] public TechnologyExportCategory? Category { get; set; } = TechnologyExportCategory.Restricted;
    [BindProperty] public string? ControlPoints { get; set; }
    [BindProperty] public string? TaxonomyCodes { get; set; }
    [BindProperty] public string? SourceDocument { get; set; }
    [BindProperty] public DateOnly? VerifiedOn { get; set; }
    [BindProperty] public bool ToVerify { get; set; } = true;
    [BindProperty] public long? Version { get; set; }

    public async Task OnGetAsync(int? edit, CancellationToken ct)
    {
        Items = await catalogue.ListAsync(ct);
        if (edit is { } id && Items.FirstOrDefault(i => i.Id == id) is { } i)
        {
            EditId = id;
            (Number, Name, NameZh, Category, ControlPoints, SourceDocument, VerifiedOn, ToVerify, Version) =
                (i.Number, i.Name, i.NameZh, i.Category, i.ControlPoints, i.SourceDocument, i.VerifiedOn, i.ToVerify, i.Version);
            TaxonomyCodes = string.Join(", ", i.Nodes.Select(n => n.Code));
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(int? edit, CancellationToken ct)
    {
        ModelState.Clear();
        var input = new CatalogueItemInput(Number, Name, NameZh, Category, ControlPoints, TaxonomyCodes, SourceDocument, VerifiedOn, ToVerify, Version);
        if (await this.TryHandlerAsync(() => catalogue.SaveAsync(edit, input, ct))) return Redirect("/exports/technology-catalogue");
        EditId = edit;
        Items = await catalogue.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => catalogue.DeleteAsync(id, ct))) return Redirect("/exports/technology-catalogue");
        Items = await catalogue.ListAsync(ct);
        return Page();
    }
}
