using System.Security.Claims;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.Careers.Features.Appointments;
using TalentChain.Modules.Careers.Features.Headcount;
using TalentChain.Modules.Careers.Features.Titles;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Careers.Features.Overview;

/// <summary>The careers lists as CSV or XLSX (the rows the caller may see; headers in the UI language).</summary>
public sealed class CareersExport(Ladders.LaddersHandler ladders, HeadcountHandler headcount, AppointmentsHandler appointments, TitleApplications titles, CareersOverview overview,
    CareersText text, IStringLocalizer<CareersResource> L, TimeProvider clock)
{

    public async Task<IResult> LaddersAsync(string? format, CancellationToken ct)
    {
        var rows = await ladders.ListAsync(ct);
        return Write(format, "ladders", L["Tabs.Ladders"],
            [L["Col.Ladder"], "#", L["Col.Level"], L["Col.NameEn"], L["Col.NameZh"], L["Col.YearsBelow"], L["Col.MinEducation"], L["Col.Evidence"], L["Col.Rank"]],
            rows.SelectMany(l => l.Levels.Select(v => (IReadOnlyList<object?>)[l.DisplayName, v.Rank, v.DisplayName, v.Name, v.NameZh, v.YearsBelow, text.Enum(v.MinEducation),
                string.Join(", ", v.EvidenceRequired.Select(e => text.Enum(e))), v.EngineeringRank is { } r ? text.Enum(r) : v.Grade?.ToString(System.Globalization.CultureInfo.InvariantCulture)])));
    }

    public async Task<IResult> HeadcountAsync(string? format, int? year, CancellationToken ct)
    {
        var rows = await headcount.ListAsync(year, false, ct);
        return Write(format, "headcount", L["Headcount.Title"],
            [L["Col.Unit"], L["Col.Ladder"], L["Col.Level"], L["Col.Year"], L["Col.Planned"], L["Col.Filled"], L["Col.Reserved"], L["Col.Free"]],
            rows.Select(r => (IReadOnlyList<object?>)[r.UnitCode + " " + r.Unit, r.Ladder, r.Level, r.Year, r.Planned, r.Filled, r.Reserved, r.Free]));
    }

    public async Task<IResult> AppointmentsAsync(ClaimsPrincipal user, string? format, AppointmentStatus? status, CancellationToken ct)
    {
        var rows = await appointments.ListAsync(user, status, ct);
        return Write(format, "appointments", L["Appointments.Title"],
            [L["Col.Person"], L["Col.Unit"], L["Col.Level"], L["Col.Position"], L["Col.Status"], L["Col.NominatedOn"], L["Col.NoticeEnds"], L["Col.EffectiveOn"]],
            rows.Select(r => (IReadOnlyList<object?>)[r.Person, r.Unit, r.Level, r.Position, r.StatusName, r.NominatedOn, r.NoticeEnds, r.EffectiveOn]));
    }

    public async Task<IResult> TitlesAsync(ClaimsPrincipal user, string? format, int? callId, CancellationToken ct)
    {
        var rows = await titles.ListAsync(user, callId, ct);
        return Write(format, "titles", L["Titles.Title"],
            [L["Col.Year"], L["Col.Series"], L["Col.Person"], L["Col.Unit"], L["Col.Level"], L["Col.Status"], L["Col.SubmittedOn"], L["Col.Certificate"], L["Col.GrantedOn"]],
            rows.Select(r => (IReadOnlyList<object?>)[r.Year, r.Series, r.Person, r.Unit, r.Level, r.StatusName, r.SubmittedOn, r.CertificateNumber, r.GrantedOn]));
    }

    public async Task<IResult> SummaryAsync(string? format, int? year, CancellationToken ct)
    {
        var rows = await overview.SummaryAsync(year, ct);
        return Write(format, "summary", L["Summary.Title"],
            [L["Col.Unit"], L["Col.Planned"], L["Col.Filled"], L["Col.Reserved"], L["Summary.AppointmentsOpen"], L["Summary.AppointmentsEffective"], L["Summary.TitleApplications"], L["Summary.TitlesGranted"]],
            rows.Select(r => (IReadOnlyList<object?>)[r.UnitCode + " " + r.Unit, r.Planned, r.Filled, r.Reserved, r.AppointmentsOpen, r.AppointmentsEffective, r.TitleApplications, r.TitlesGranted]));
    }

    private IResult Write(string? format, string name, string sheet, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var kind = SpreadsheetDownload.Format(format);
        if (kind is null) throw ValidationFailedException.For(L["Export.Invalid"], "format", L["Export.Format", format ?? ""]);
        var file = $"careers-{name}-{clock.Today():yyyy-MM-dd}";
        var list = rows.ToList();
        return SpreadsheetDownload.File(kind, file, sheet, header, list);
    }
}
