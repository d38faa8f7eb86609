using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.Labs.Features.BadgeLog;
using TalentChain.Modules.Labs.Features.Grants;
using TalentChain.Modules.Labs.Features.Qualifications;
using TalentChain.Modules.Labs.Features.Units;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Labs.Features;

/// <summary>The module's lists as CSV or XLSX — the same rows the viewer sees on the page, headers in the UI language.</summary>
public sealed class LabsExports(GrantHandlers grants, QualificationRecords qualifications, BadgeReport badges, LabUnits units, IStringLocalizer<LabsResource> t, TimeProvider clock)
{

    public async Task<IResult> GrantsAsync(LabsViewer viewer, string? format, int? unitId, GrantStatus? status, CancellationToken ct)
    {
        var kind = Kind(format);
        var rows = await grants.ListAsync(viewer, unitId, status, false, ct);
        string[] header = [t["Col.Id"], t["Col.EmployeeNumber"], t["Col.Name"], t["Col.Unit"], t["Col.Lab"], t["Col.Status"], t["Col.RequestedFrom"], t["Col.RequestedTo"], t["Col.StartsOn"], t["Col.EndsOn"], t["Col.SuspendedOn"], t["Col.SuspendedFor"]];
        return Write(kind, t["Export.Grants"], header, rows.Select(r => (IReadOnlyList<object?>)[r.Id, r.EmployeeNumber, r.PersonName, r.UnitName, r.LabName, r.StatusName, r.RequestedFrom, r.RequestedTo, r.StartsOn, r.EndsOn, r.SuspendedOn, r.SuspendedFor]));
    }

    public async Task<IResult> QualificationsAsync(LabsViewer viewer, string? format, CancellationToken ct)
    {
        var kind = Kind(format);
        var rows = await qualifications.VisibleAsync(viewer, ct);
        string[] header = [t["Col.EmployeeNumber"], t["Col.Name"], t["Col.Qualification"], t["Col.GrantedOn"], t["Col.ExpiresOn"], t["Col.Source"], t["Col.Course"], t["Col.State"], t["Col.RevokedOn"]];
        return Write(kind, t["Export.Qualifications"], header, rows.Select(r => (IReadOnlyList<object?>)[r.EmployeeNumber, r.PersonName, r.TypeName, r.GrantedOn, r.ExpiresOn, r.SourceName, r.CourseCode, t["State." + r.State].Value, r.RevokedOn]));
    }

    public async Task<IResult> BadgeEntriesAsync(LabsViewer viewer, string? format, DateOnly? from, DateOnly? to, bool unauthorisedOnly, CancellationToken ct)
    {
        var kind = Kind(format);
        if (!viewer.Admin && !viewer.IsLabManager && viewer.Executive)
        {
            var report = await badges.ReportAsync(viewer, from, to, ct);
            string[] h = [t["Col.Lab"], t["Col.Entries"], t["Col.Unauthorised"], t["Col.People"]];
            return Write(kind, t["Export.BadgeReport"], h, report.Labs.Select(r => (IReadOnlyList<object?>)[r.Name, r.Entries, r.Unauthorised, r.People]));
        }
        var rows = await badges.ListAsync(viewer, from, to, unauthorisedOnly, ct);
        string[] header = [t["Col.Time"], t["Col.EmployeeNumber"], t["Col.Name"], t["Col.Area"], t["Col.Lab"], t["Col.Flag"], t["Col.Why"]];
        return Write(kind, t["Export.BadgeEntries"], header, rows.Select(r => (IReadOnlyList<object?>)[r.LocalTime, r.EmployeeNumber, r.PersonName, r.AreaName, r.LabName, r.FlagName, r.Why]));
    }

    public async Task<IResult> SummaryAsync(string? format, CancellationToken ct)
    {
        var kind = Kind(format);
        var rows = await units.SummaryAsync(ct);
        string[] header = [t["Col.Lab"], t["Col.Active"], t["Col.Suspended"], t["Col.Pending"], t["Col.Holders"]];
        return Write(kind, t["Export.Summary"], header, rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.Active, r.Suspended, r.Pending, r.Holders]));
    }

    private string Kind(string? format)
    {
        var kind = SpreadsheetDownload.Format(format);
        if (kind is null) throw ValidationFailedException.For(t["Export.Invalid"], "format", t["Export.Format", format ?? ""]);
        return kind;
    }

    private IResult Write(string kind, string title, string[] header, IEnumerable<IReadOnlyList<object?>> lines)
    {
        var name = $"{title}-{clock.Today():yyyy-MM-dd}";
        var rows = lines.ToList();
        return SpreadsheetDownload.File(kind, name, title, header, rows);
    }
}
