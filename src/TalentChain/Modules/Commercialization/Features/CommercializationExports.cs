using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Features.Disclosures;
using TalentChain.Modules.Commercialization.Features.Patents;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features;

/// <summary>The module's lists as CSV or XLSX — the same rows the viewer sees on the page, headers in the UI language.</summary>
public sealed class CommercializationExports(DisclosureHandlers disclosures, PatentHandlers patents, IStringLocalizer<CommercializationResource> t, TimeProvider clock)
{
    public async Task<IResult> DisclosuresAsync(CommercializationViewer viewer, string? format, DisclosureFilter filter, CancellationToken ct)
    {
        var kind = Kind(format);
        var rows = await disclosures.ListAsync(viewer, filter, ct);
        string[] header = [t["Col.Number"], t["Col.Title"], t["Col.Status"], t["Col.Segment"], t["Col.Sensitivity"], t["Col.ConceptionDate"], t["Col.DisclosureDate"], t["Col.Decision"], t["Col.Inventors"]];
        return Write(kind, t["Export.Disclosures"], header, rows.Select(r => (IReadOnlyList<object?>)[r.Number, r.Title, r.StatusName, r.Segment.ToString(),
            t["DisclosureSensitivity." + r.Sensitivity].Value, r.ConceptionDate, r.DisclosureDate, r.Decision is { } d ? t["DisclosureDecision." + d].Value : null, r.Inventors]));
    }

    public async Task<IResult> DeadlinesAsync(CommercializationViewer viewer, string? format, CancellationToken ct)
    {
        var kind = Kind(format);
        var board = await patents.DashboardAsync(viewer, ct);
        string[] header = [t["Col.Family"], t["Col.Deadline"], t["Col.DueOn"], t["Col.GraceUntil"], t["Col.State"], t["Col.Owner"]];
        return Write(kind, t["Export.Deadlines"], header, board.Overdue.Concat(board.Upcoming).Select(r => (IReadOnlyList<object?>)[r.FamilyReference, r.KindName, r.DueOn, r.GraceUntil, r.StateName, r.OwnerName]));
    }

    private string Kind(string? format)
    {
        var kind = SpreadsheetDownload.Format(format);
        if (kind is null) throw ValidationFailedException.For(t["Export.Invalid"], "format", t["Export.Format", format ?? ""]);
        return kind;
    }

    private IResult Write(string kind, string title, string[] header, IEnumerable<IReadOnlyList<object?>> lines) =>
        SpreadsheetDownload.File(kind, $"{title}-{clock.Today():yyyy-MM-dd}", title, header, lines.ToList());
}
