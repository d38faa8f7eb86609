using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Web;

namespace TalentChain.Modules.Commercialization.Features.Sharing;

/// <summary>/commercialization/sharing: upcoming and past knowledge-sharing sessions, filters, export; the office schedules new ones.</summary>
[Authorize(Policy = CommercializationPolicies.Use)]
public class SharingPageModel(CommercializationAccess access, SharingHandlers sessions, IStringLocalizer<CommercializationResource> t) : CommercializationPageModel(access)
{
    [FromQuery] public DateOnly? From { get; set; }
    [FromQuery] public DateOnly? To { get; set; }
    [FromQuery] public bool Mine { get; set; }
    [BindProperty] public SharingForm Form { get; set; } = new();
    public SharingList List { get; private set; } = new([], []);
    public List<LinkedDisclosureView> Linkable { get; private set; } = [];

    public string Query => string.Join("&", new[]
    {
        From is { } f ? $"from={f:yyyy-MM-dd}" : null, To is { } t2 ? $"to={t2:yyyy-MM-dd}" : null, Mine ? "mine=true" : null,
    }.Where(x => x is not null));

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostScheduleAsync(CancellationToken ct)
    {
        SharingView? created = null;
        ModelState.Clear();
        if (await TryAsync(async () => created = await sessions.SaveAsync(await ViewerAsync(ct), null, Form.ToInput(), ct)))
        {
            Message = t["Sharing.Scheduled"];
            return LocalRedirect($"/commercialization/sharing/{created!.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        List = await sessions.ListAsync(viewer, new SharingFilter(From, To, Mine), ct);
        if (viewer.Office) Linkable = await sessions.LinkableAsync(viewer, ct);
    }
}
