using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.ControlList;

/// <summary>/exports/control-list: the list as of a date; announcements and entries are edited here.</summary>
[Authorize(Policy = ExportsPolicies.Manage)]
public class ControlListPageModel(ControlListHandlers controlList, MaterialHandlers materials) : PageModel
{
    public ControlListView View { get; private set; } = null!;
    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true)] public DateOnly? AsOf { get; set; }
    [BindProperty] public int? AnnouncementId { get; set; }
    [BindProperty] public string? Regime { get; set; } = "CN-MOFCOM";
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? TitleZh { get; set; }
    [BindProperty] public DateOnly? EffectiveFrom { get; set; }
    [BindProperty] public DateOnly? SuspendedFrom { get; set; }
    [BindProperty] public DateOnly? SuspendedUntil { get; set; }
    [BindProperty] public string? SuspendedBy { get; set; }
    [BindProperty] public bool ToVerify { get; set; }
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public int? EntryAnnouncementId { get; set; }
    [BindProperty] public string? ControlCode { get; set; }
    [BindProperty] public string? Element { get; set; }
    [BindProperty] public List<string> Forms { get; set; } = [];
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? HsCodes { get; set; }
    [BindProperty] public int? EntryId { get; set; }
    [BindProperty] public long? EntryVersion { get; set; }
    [BindProperty] public string? DescriptionZh { get; set; }
    [BindProperty] public decimal? MinContentPercent { get; set; }
    [BindProperty] public bool EntryToVerify { get; set; }

    public async Task OnGetAsync(int? edit, int? editEntry, string? done, CancellationToken ct)
    {
        Message = done;
        await LoadAsync(ct);
        if (editEntry is { } eid && View.InForce.Concat(View.NotInForce).FirstOrDefault(e => e.Id == eid) is { } e)
            (EntryId, EntryVersion, EntryAnnouncementId, ControlCode, Element, Forms, Description, DescriptionZh, HsCodes, MinContentPercent, EntryToVerify) =
                (e.Id, e.Version, e.AnnouncementId, e.ControlCode, e.Element, [.. e.Forms], e.Description, e.DescriptionZh, string.Join(",", e.HsCodes), e.MinContentPercent, e.ToVerify);
        if (edit is { } id && View.Announcements.FirstOrDefault(a => a.Id == id) is { } a)
            (AnnouncementId, Regime, Number, Title, TitleZh, EffectiveFrom, SuspendedFrom, SuspendedUntil, SuspendedBy, ToVerify, Version) =
                (a.Id, a.Regime, a.Number, a.Title, a.TitleZh, a.EffectiveFrom, a.SuspendedFrom, a.SuspendedUntil, a.SuspendedBy, a.ToVerify, a.Version);
    }

    public async Task<IActionResult> OnPostAnnouncementAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var input = new AnnouncementInput(Regime, Number, Title, TitleZh, EffectiveFrom, EffectiveFrom, SuspendedFrom, SuspendedUntil, SuspendedBy, null, ToVerify, Version);
        if (await this.TryHandlerAsync(() => controlList.SaveAnnouncementAsync(AnnouncementId, input, materials.Today, ct)))
            return Redirect("/exports/control-list?done=announcement");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEntryAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var input = new ControlEntryInput(EntryAnnouncementId, ControlCode, Element, [.. Forms], Description, DescriptionZh, HsCodes, MinContentPercent, EntryToVerify, EntryVersion);
        if (await this.TryHandlerAsync(() => controlList.SaveEntryAsync(EntryId, input, materials.Today, ct)))
            return Redirect("/exports/control-list?done=entry");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => View = await controlList.AsOfAsync(AsOf ?? materials.Today, ct);
}
