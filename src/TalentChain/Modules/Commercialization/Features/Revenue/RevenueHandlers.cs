using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.GoToMarket;
using TalentChain.Modules.Commercialization.Features.Rewards;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Revenue;

public sealed record RevenueRow(int Id, int DealId, string ContractNumber, string Result, DateOnly ReceivedOn, RevenueKind Kind, string KindName, decimal AmountCny,
    decimal? EquityShares, decimal? EquityPercent, decimal PatentCostCny, decimal LegalCostCny, decimal EvaluationCostCny, decimal TaxCny, decimal CostsCny, decimal NetCny,
    string? Note, string RecordedBy);

public sealed record YearNet(int Year, decimal IncomeCny, decimal CostsCny, decimal NetCny);

/// <summary>
/// One receipt of conversion revenue with its costs (成本): patent, legal, evaluation, taxes. Amount in CNY, more than zero;
/// for equity the valued amount with the shares (or percent) received.
/// </summary>
public sealed record RevenueInput(DateOnly? ReceivedOn, RevenueKind? Kind, decimal? AmountCny, decimal? EquityShares = null, decimal? EquityPercent = null,
    decimal? PatentCostCny = null, decimal? LegalCostCny = null, decimal? EvaluationCostCny = null, decimal? TaxCny = null, string? Note = null);

/// <summary>Conversion revenue (转化收入): finance and the office record it per signed deal; net income (净收入) per deal and per year.</summary>
public sealed class RevenueHandlers(TalentChainDbContext db, ProjectAccess projects, DealsText text, TimeProvider clock, IStringLocalizer<CommercializationResource> t)
{
    public List<RevenueRow> Rows(Deal d, string result) =>
        [.. d.Revenue.OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id).Select(r => Row(r, d.ContractNumber, result))];

    private RevenueRow Row(RevenueEntry r, string contract, string result) => new(r.Id, r.DealId, contract, result, r.ReceivedOn, r.Kind, text.RevenueKind(r.Kind), r.AmountCny,
        r.EquityShares, r.EquityPercent, r.PatentCostCny, r.LegalCostCny, r.EvaluationCostCny, r.TaxCny, r.CostsCny, r.NetCny, r.Note, r.RecordedBy);

    public static List<YearNet> ByYear(IEnumerable<RevenueEntry> entries) =>
        [.. entries.GroupBy(r => r.ReceivedOn.Year).OrderBy(g => g.Key).Select(g => new YearNet(g.Key, g.Sum(r => r.AmountCny), g.Sum(r => r.CostsCny), g.Sum(r => r.NetCny)))];

    public static List<YearNet> ByYearOfRows(IEnumerable<RevenueRow> rows) =>
        [.. rows.GroupBy(r => r.ReceivedOn.Year).OrderBy(g => g.Key).Select(g => new YearNet(g.Key, g.Sum(r => r.AmountCny), g.Sum(r => r.CostsCny), g.Sum(r => r.NetCny)))];

    /// <summary>Every revenue entry (finance and the office); a controlled result the viewer may not read is shown as 受控成果.</summary>
    public async Task<List<RevenueRow>> ListAsync(CommercializationViewer v, int? year, CancellationToken ct = default)
    {
        if (!v.Office && !v.Finance) throw new AccessDeniedException(t["Revenue.Error.FinanceOnly"]);
        var query = db.RevenueEntries.AsNoTracking();
        if (year is { } y) query = query.Where(r => r.ReceivedOn >= new DateOnly(y, 1, 1) && r.ReceivedOn <= new DateOnly(y, 12, 31));
        var entries = await query.OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id).ToListAsync(ct);
        var dealIds = entries.Select(e => e.DealId).Distinct().ToList();
        var deals = await db.Deals.AsNoTracking().Include(d => d.Project).Where(d => dealIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var hidden = await projects.HiddenFromAsync(v, [.. deals.Values.Select(d => d.ProjectId).Distinct()], ct);
        var chinese = UiCulture.IsChinese;
        return [.. entries.Select(r =>
        {
            var d = deals[r.DealId];
            return Row(r, d.ContractNumber, hidden.Contains(d.ProjectId) ? text.ControlledResult : d.Project!.DisplayName(chinese));
        })];
    }

    public async Task<RevenueRow> RecordAsync(CommercializationViewer v, int dealId, RevenueInput input, CancellationToken ct = default)
    {
        if (!v.Office && !v.Finance) throw new AccessDeniedException(t["Revenue.Error.FinanceOnly"]);
        var d = await db.Deals.Include(x => x.Project).FirstOrDefaultAsync(x => x.Id == dealId, ct) ?? throw new NotFoundException(t["NotFound.Deal", dealId]);
        if (d.Status != DealStatus.Concluded) throw ValidationFailedException.For(t["Revenue.Error.Title"], "DealId", t["Revenue.Error.NotSigned"]);
        var errors = new FieldErrors();
        if (input.ReceivedOn is not { } on) errors.Add(nameof(RevenueInput.ReceivedOn), t["Revenue.Error.Date"]);
        else if (on > clock.Today()) errors.Add(nameof(RevenueInput.ReceivedOn), t["Revenue.Error.DateInFuture"]);
        else if (d.SignedOn is { } signed && on < signed) errors.Add(nameof(RevenueInput.ReceivedOn), t["Revenue.Error.BeforeSigned", DealsText.Date(signed)]);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors.Add(nameof(RevenueInput.Kind), t["Revenue.Error.Kind"]);
        if (input.AmountCny is not { } amount || amount <= 0 || amount != Math.Round(amount, 2)) errors.Add(nameof(RevenueInput.AmountCny), t["Revenue.Error.Amount"]);
        foreach (var (field, cost) in new[] { (nameof(RevenueInput.PatentCostCny), input.PatentCostCny), (nameof(RevenueInput.LegalCostCny), input.LegalCostCny),
                     (nameof(RevenueInput.EvaluationCostCny), input.EvaluationCostCny), (nameof(RevenueInput.TaxCny), input.TaxCny) })
            if (cost is { } c && (c < 0 || c != Math.Round(c, 2))) errors.Add(field, t["Revenue.Error.Cost"]);
        if (input.Kind == RevenueKind.Equity)
        {
            if (input.EquityShares is not { } shares || shares <= 0 || shares != Math.Floor(shares)) errors.Add(nameof(RevenueInput.EquityShares), t["Revenue.Error.Shares"]);
            if (input.EquityPercent is { } pct && (pct <= 0 || pct > 100)) errors.Add(nameof(RevenueInput.EquityPercent), t["Revenue.Error.EquityPercent"]);
        }
        errors.ThrowIfAny(t["Revenue.Error.Title"]);
        var entry = new RevenueEntry
        {
            DealId = d.Id, ReceivedOn = input.ReceivedOn!.Value, Kind = input.Kind!.Value, AmountCny = input.AmountCny!.Value,
            EquityShares = input.Kind == RevenueKind.Equity ? input.EquityShares : null, EquityPercent = input.Kind == RevenueKind.Equity ? input.EquityPercent : null,
            PatentCostCny = input.PatentCostCny ?? 0, LegalCostCny = input.LegalCostCny ?? 0, EvaluationCostCny = input.EvaluationCostCny ?? 0, TaxCny = input.TaxCny ?? 0,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), RecordedBy = v.Name, RecordedAt = clock.GetUtcNow(),
        };
        db.RevenueEntries.Add(entry);
        // The fund row the rewards of this income will be reserved against (one per deal, per year for own implementation).
        var year = RewardPools.FundYear(d.Kind, entry.ReceivedOn);
        if (!await db.RewardFunds.AnyAsync(f => f.DealId == d.Id && f.Year == year, ct))
            db.RewardFunds.Add(new RewardFund { DealId = d.Id, Year = year, ChangedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return Row(entry, d.ContractNumber, d.Project!.DisplayName(UiCulture.IsChinese));
    }
}
