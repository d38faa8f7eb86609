using Microsoft.Extensions.Localization;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Sharing;

/// <summary>The sharing-session list (upcoming, then past) as CSV or XLSX — the rows the viewer sees, headers in the UI language.</summary>
public sealed class SharingExports(SharingHandlers sessions, IStringLocalizer<CommercializationResource> t, TimeProvider clock)
{
    public async Task<IResult> SessionsAsync(CommercializationViewer viewer, string? format, SharingFilter filter, CancellationToken ct)
    {
        var kind = SpreadsheetDownload.Format(format) ?? throw ValidationFailedException.For(t["Export.Invalid"], "format", t["Export.Format", format ?? ""]);
        var list = await sessions.ListAsync(viewer, filter, ct);
        string[] header = [t["Sharing.Col.Topic"], t["Sharing.Col.Speaker"], t["Sharing.Col.Starts"], t["Sharing.Col.Ends"], t["Sharing.Col.Place"],
            t["Sharing.Col.Attendees"], t["Sharing.Col.Disclosures"], t["Sharing.Col.Registered"]];
        var title = t["Export.Sharing"].Value;
        return SpreadsheetDownload.File(kind, $"{title}-{clock.Today():yyyy-MM-dd}", title, header,
            [.. list.Upcoming.Concat(list.Past).Select(r => (IReadOnlyList<object?>)[r.Topic, r.Speaker, SiteTime.Format(r.StartsAt), SiteTime.Format(r.EndsAt),
                r.Place, r.Attendees, r.LinkedDisclosures, r.Registered ? t["Sharing.Yes"].Value : ""])], ct);
    }
}
