using Microsoft.Extensions.Localization;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Legal;

/// <summary>The legal request list as CSV or XLSX: the same rows (and filters) the viewer sees on the page, headers in the UI language.</summary>
public sealed class LegalExports(LegalHandlers legal, IStringLocalizer<CommercializationResource> t, TimeProvider clock)
{
    public async Task<IResult> RequestsAsync(CommercializationViewer viewer, string? format, LegalFilter filter, CancellationToken ct)
    {
        var kind = SpreadsheetDownload.Format(format) ?? throw ValidationFailedException.For(t["Export.Invalid"], "format", t["Export.Format", format ?? ""]);
        var rows = await legal.ListAsync(viewer, filter, ct);
        string[] header = [t["Col.Number"], t["Legal.Kind"], t["Legal.Disclosure"], t["Legal.Family"], t["Legal.Project"], t["Legal.RequestedBy"], t["Legal.RequestedAt"],
            t["Legal.Counsel"], t["Legal.DueOn"], t["Col.State"], t["Legal.Conclusion"], t["Legal.AnsweredAt"]];
        var title = t["Export.Legal"].Value;
        return SpreadsheetDownload.File(kind, $"{title}-{clock.Today():yyyy-MM-dd}", title, header, rows.Select(r => (IReadOnlyList<object?>)[r.Number, r.KindName,
            r.DisclosureNumber, r.FamilyReference, r.ProjectNumber, r.RequestedBy, DateOnly.FromDateTime(r.RequestedAt.UtcDateTime), r.CounselName, r.DueOn, r.StateName,
            r.ConclusionName, r.AnsweredAt is { } a ? DateOnly.FromDateTime(a.UtcDateTime) : null]).ToList(), ct);
    }
}
