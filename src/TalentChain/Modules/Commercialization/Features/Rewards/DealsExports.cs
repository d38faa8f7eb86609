using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Features.Revenue;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Rewards;

/// <summary>The revenue and payout lists as CSV or XLSX (finance and the office; an inventor's own payouts) — the rows the viewer sees on the page.</summary>
public sealed class DealsExports(RevenueHandlers revenue, RewardHandlers rewards, IStringLocalizer<CommercializationResource> t)
{
    public async Task<IResult> RevenueAsync(CommercializationViewer v, string? format, int? year, CancellationToken ct)
    {
        var kind = Kind(format);
        var rows = await revenue.ListAsync(v, year, ct);
        string[] header = [t["Revenue.Col.Date"], t["Reward.Col.Contract"], t["Reward.Col.Result"], t["Revenue.Col.Kind"], t["Revenue.Col.Amount"], t["Revenue.Col.Shares"],
            t["Revenue.Col.PatentCost"], t["Revenue.Col.LegalCost"], t["Revenue.Col.EvaluationCost"], t["Revenue.Col.Tax"], t["Revenue.Col.Net"], t["Revenue.Col.Note"]];
        return SpreadsheetDownload.File(kind, t["Revenue.Export.File"], t["Revenue.Export.File"], header, rows.Select(r => (IReadOnlyList<object?>)[r.ReceivedOn, r.ContractNumber,
            r.Result, r.KindName, r.AmountCny, r.EquityShares, r.PatentCostCny, r.LegalCostCny, r.EvaluationCostCny, r.TaxCny, r.NetCny, r.Note]), ct);
    }

    public async Task<IResult> PayoutsAsync(CommercializationViewer v, string? format, int? year, CancellationToken ct)
    {
        var kind = Kind(format);
        var rows = await rewards.PayoutsAsync(v, year, ct);
        string[] header = [t["Reward.Col.Result"], t["Reward.Col.Contract"], t["Reward.Col.Year"], t["Reward.Col.EmployeeNumber"], t["Reward.Col.Name"], t["Reward.Col.Share"],
            t["Reward.Col.Amount"], t["Revenue.Col.Shares"], t["Reward.Col.Status"], t["Reward.Col.PaidOn"], t["Reward.Col.Reference"]];
        return SpreadsheetDownload.File(kind, t["Payout.Export.File"], t["Payout.Export.File"], header, rows.Select(r => (IReadOnlyList<object?>)[r.Result, r.ContractNumber,
            r.Year, r.EmployeeNumber, r.PersonName, r.SharePercent, r.AmountCny, r.Shares, r.StatusName, r.PaidOn, r.PaymentReference]), ct);
    }

    private string Kind(string? format) => SpreadsheetDownload.Format(format)
        ?? throw ValidationFailedException.For(t["Deal.Export.BadFormat"], "format", t["Deal.Export.BadFormat"]);
}
