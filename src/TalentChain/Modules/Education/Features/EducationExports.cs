using Microsoft.Extensions.Localization;
using TalentChain.Modules.Education.Features.Claims;
using TalentChain.Modules.Education.Features.Clawbacks;
using TalentChain.Modules.Education.Features.Degrees;
using TalentChain.Modules.Education.Features.Summary;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Education.Features;

/// <summary>Every list of the module as CSV or XLSX (same rows the viewer sees on the page), headers in the UI language.</summary>
public sealed class EducationExports(DegreeReader degrees, ClaimHandlers claims, ClawbackHandlers clawbacks, EducationSummary summary, Universities.UniversityHandlers universities,
    IStringLocalizer<EducationResource> e, TimeProvider clock)
{

    public async Task<IResult> DegreesAsync(EducationViewer viewer, string? format, CancellationToken ct)
    {
        var kind = Kind(format);
        var rows = await degrees.ListAsync(viewer, ct);
        string[] header = [e["Person.Number"], e["Person.Name"], e["Person.Unit"], e["Degree.Level"], e["Degree.University"], e["Degree.Programme"], e["Degree.Start"], e["Degree.ExpectedEnd"], e["Degree.Status"], e["Degree.Overdue"]];
        return Write(kind, e["Export.Degrees"], header, rows.Select(r => (IReadOnlyList<object?>)[r.EmployeeNumber, r.Name, r.Unit, r.LevelName, r.University, r.Programme, r.StartDate, r.ExpectedEnd, r.StatusName, r.OverdueMilestones]));
    }

    public async Task<IResult> ClaimsAsync(EducationViewer viewer, string? format, string? filter, CancellationToken ct)
    {
        var kind = Kind(format);
        var rows = await claims.ListAsync(viewer, filter, null, ct);
        string[] header = [e["Claim.Id"], e["Person.Number"], e["Person.Name"], e["Person.Unit"], e["Claim.CostType"], e["Claim.ExpenseDate"], e["Claim.Amount"], e["Claim.Approved"], e["Claim.Paid"], e["Claim.Status"]];
        return Write(kind, e["Export.Claims"], header, rows.Select(r => (IReadOnlyList<object?>)[r.Id, r.EmployeeNumber, r.Name, r.Unit, r.CostTypeName, r.ExpenseDate, r.Amount, r.ApprovedAmount, r.PaidAmount, r.StatusName]));
    }

    public async Task<IResult> ClawbacksAsync(EducationViewer viewer, string? format, CancellationToken ct)
    {
        var kind = Kind(format);
        var rows = await clawbacks.ListAsync(viewer, ct);
        string[] header = [e["Clawback.Id"], e["Person.Number"], e["Person.Name"], e["Person.Unit"], e["Clawback.LastDay"], e["Clawback.Reimbursed"], e["Clawback.Amount"], e["Clawback.Status"]];
        return Write(kind, e["Export.Clawbacks"], header, rows.Select(r => (IReadOnlyList<object?>)[r.Id, r.EmployeeNumber, r.Name, r.Unit, r.LastDay, r.ReimbursedTotal, r.Amount, r.StatusName]));
    }

    /// <summary>One row per professor (universities without professors get one row of their own).</summary>
    public async Task<IResult> UniversitiesAsync(string? format, CancellationToken ct)
    {
        var kind = Kind(format);
        var rows = await universities.ListAsync(ct);
        string[] header = [e["University.Name"], e["University.NameZh"], e["University.City"], e["Professor.Name"], e["Professor.NameZh"], e["Professor.Field"], e["Universities.Lectures"]];
        return Write(kind, e["Export.Universities"], header, rows.SelectMany(u => u.Professors.Count == 0
            ? [(IReadOnlyList<object?>)[u.Name, u.NameZh, u.City, null, null, null, null]]
            : u.Professors.Select(p => (IReadOnlyList<object?>)[u.Name, u.NameZh, u.City, p.Name, p.NameZh, p.Field, string.Join("; ", p.Lectures.Select(l => $"{l.Course} {l.StartsAt.UtcDateTime:yyyy-MM-dd}"))])));
    }

    public async Task<IResult> SummaryAsync(string? format, CancellationToken ct)
    {
        var kind = Kind(format);
        var rows = await summary.PerUnitAsync(ct);
        string[] header = [e["Person.Unit"], e["Summary.ActiveDegrees"], e["Summary.Overdue"], e["Summary.Claims"], e["Summary.Approved"], e["Summary.Paid"], e["Summary.OpenClawbacks"], e["Summary.OpenClawbackTotal"]];
        return Write(kind, e["Export.Summary"], header, rows.Select(r => (IReadOnlyList<object?>)[r.Unit, r.ActiveDegrees, r.OverdueMilestones, r.Claims, r.ApprovedTotal, r.PaidTotal, r.OpenClawbacks, r.OpenClawbackTotal]));
    }

    private string Kind(string? format)
    {
        var kind = SpreadsheetDownload.Format(format);
        if (kind is null) throw ValidationFailedException.For(e["Export.Invalid"], "format", e["Export.Format", format ?? ""]);
        return kind;
    }

    private IResult Write(string kind, string title, string[] header, IEnumerable<IReadOnlyList<object?>> lines)
    {
        var name = $"{title}-{clock.Today():yyyy-MM-dd}";
        var rows = lines.ToList();
        return SpreadsheetDownload.File(kind, name, title, header, rows);
    }
}
