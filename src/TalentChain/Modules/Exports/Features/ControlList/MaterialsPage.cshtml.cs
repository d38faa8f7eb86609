using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.ControlList;

/// <summary>/exports/materials: materials with composition and their classification suggestion, explained.</summary>
[Authorize(Policy = ExportsPolicies.Manage)]
public class MaterialsPageModel(MaterialHandlers materials) : PageModel
{
    public List<MaterialView> Rows { get; private set; } = [];
    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true)] public DateOnly? AsOf { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? NameZh { get; set; }
    [BindProperty] public string? Form { get; set; }
    [BindProperty] public string? HsCode { get; set; }
    [BindProperty] public string? Composition { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Message = done;
        Rows = await materials.ListAsync(AsOf, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => materials.SaveAsync(null, new MaterialInput(Code, Name, NameZh, Form, HsCode, "kg", materials.ParseComposition(Composition)), ct)))
            return Redirect("/exports/materials?done=saved#m-" + Code?.Trim().ToUpperInvariant());
        Rows = await materials.ListAsync(AsOf, ct);
        return Page();
    }
}

/// <summary>/exports/parties: exporters, consignees, end users and forwarders.</summary>
[Authorize(Policy = ExportsPolicies.Manage)]
public class PartiesPageModel(MaterialHandlers materials) : PageModel
{
    public List<PartyView> Rows { get; private set; } = [];
    public string? Message { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? NameZh { get; set; }
    [BindProperty] public string? Country { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public string? Address { get; set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Message = done;
        Rows = await materials.PartiesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => materials.SavePartyAsync(null, new PartyInput(Name, NameZh, Country, [.. Roles], Address), ct)))
            return Redirect("/exports/parties?done=saved");
        Rows = await materials.PartiesAsync(ct);
        return Page();
    }
}
