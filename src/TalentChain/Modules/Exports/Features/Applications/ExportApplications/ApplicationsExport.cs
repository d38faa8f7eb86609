using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Applications.ExportApplications;

/// <summary>The applications list (same filter as the page) as CSV or XLSX, headers in the UI language.</summary>
public sealed class ApplicationsExport(ApplicationReader applications, ExportsText text, IStringLocalizer<ExportsResource> L, TimeProvider clock)
{

    public async Task<IResult> ExportAsync(string? format, string? status, CancellationToken ct)
    {
        var kind = SpreadsheetDownload.Format(format);
        if (kind is null) throw ValidationFailedException.For(L["Export.Invalid"], "format", L["Export.Format", format ?? ""]);
        var rows = await applications.ListAsync(status, ct);
        string[] header =
        [
            L["Applications.Number"], L["Applications.Status"], L["Applications.EndUser"], L["Export.EndUserCountry"], L["AppForm.Consignee"], L["Export.ConsigneeCountry"],
            L["Applications.Route"], L["Applications.EndUse"], L["Applications.Value"], L["AppForm.Currency"], L["Export.Submitted"], L["Applications.Accepted"],
            L["Applications.Deadline"], L["Applications.Elapsed"], L["Applications.Remaining"], L["Export.Decided"],
        ];
        IEnumerable<IReadOnlyList<object?>> Lines() => rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Number, r.StatusName, r.EndUser, r.EndUserCountry, r.Consignee, r.ConsigneeCountry,
            r.ViaThirdCountry ? L["Applications.Via", string.Join(", ", r.TransitCountries)].Value : L["Route.Direct"].Value,
            text.Enum(Enum.Parse<EndUseCategory>(r.EndUseCategory)), r.TotalValue, r.Currency, r.SubmittedOn, r.AcceptedOn, r.Deadline, r.Elapsed, r.Remaining, r.DecidedOn,
        ]);
        var name = $"{L["Export.FileName"]}-{clock.Today():yyyy-MM-dd}";
        return SpreadsheetDownload.File(kind, name, L["Applications.Title"], header, Lines(), ct);
    }
}
