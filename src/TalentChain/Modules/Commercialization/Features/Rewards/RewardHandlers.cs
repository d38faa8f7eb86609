using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.GoToMarket;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Rewards;

public sealed record PayoutView(int Id, int RewardId, int EmployeeId, string EmployeeNumber, string PersonName, decimal SharePercent, decimal AmountCny, decimal? Shares,
    DateOnly? PaidOn, string? PaymentReference, bool CanPay, long Version);

public sealed record RewardRow(int Id, int DealId, string ContractNumber, string Result, int Year, decimal AmountCny, decimal? Shares, decimal Percent,
    RewardStatus Status, string StatusName, string ProposedBy, DateTimeOffset ProposedAt, string? ApprovedBy, DateTimeOffset? ApprovedAt);

public sealed record RewardView(int Id, int DealId, string ContractNumber, string Result, int Year, decimal AmountCny, decimal? Shares, decimal Percent,
    RewardStatus Status, string StatusName, string? Note, string ProposedBy, DateTimeOffset ProposedAt, string? ApprovedBy, DateTimeOffset? ApprovedAt,
    List<PayoutView> Payouts, bool CanApprove, long Version);

/// <summary>One inventor's payout in the payouts list (finance and the office see all; an inventor their own).</summary>
public sealed record PayoutRow(int Id, int RewardId, int DealId, string ContractNumber, string Result, int Year, int EmployeeId, string EmployeeNumber, string PersonName,
    decimal SharePercent, decimal AmountCny, decimal? Shares, RewardStatus RewardStatus, string StatusName, DateOnly? PaidOn, string? PaymentReference);

/// <summary>Rewards paid per year and segment for executives: groups of fewer than <see cref="RewardHandlers.MinGroupSize"/> people are left out.</summary>
public sealed record RewardSummaryRow(int Year, ChainSegment Segment, int Rewards, int People, decimal PaidCny);

/// <summary>Propose a reward from a deal's fund (year: own implementation only), in CNY and, for equity, whole shares.</summary>
public sealed record RewardInput(int? DealId, int? Year, decimal? AmountCny, decimal? Shares = null, string? Note = null);

public sealed record ApproveRewardInput(long? Version = null);

/// <summary>Finance records one payout paid: the date and the payment reference (凭证号).</summary>
public sealed record PayInput(DateOnly? PaidOn, string? PaymentReference, long? Version = null);

/// <summary>
/// The rewards fund and payouts (奖励基金/奖酬发放, ADR 0050): the office proposes a reward within the fund's available
/// amount, split among the inventors by their contribution shares to the cent; another office member or an administrator
/// approves; finance records each payout paid. Every change of what a fund has committed touches the fund row, so
/// concurrent proposals cannot over-commit it.
/// </summary>
public sealed class RewardHandlers(TalentChainDbContext db, ProjectAccess projects, RewardPools pools, DealsText text, INotifier notifier, TimeProvider clock,
    IStringLocalizer<CommercializationResource> t)
{
    /// <summary>Executives see sums of groups of at least this many people only.</summary>
    public const int MinGroupSize = 5;

    public async Task<RewardView> GetAsync(CommercializationViewer v, int id, CancellationToken ct = default)
    {
        var r = await db.Rewards.AsNoTracking().Include(x => x.Payouts).ThenInclude(p => p.Employee).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(t["NotFound.Reward", id]);
        var all = v.Office || v.Finance;
        var payouts = all ? r.Payouts : [.. r.Payouts.Where(p => p.EmployeeId == v.EmployeeId)];
        if (payouts.Count == 0) throw new NotFoundException(t["NotFound.Reward", id]);
        var deal = await db.Deals.AsNoTracking().Include(d => d.Project).FirstAsync(d => d.Id == r.DealId, ct);
        var hidden = await projects.HiddenFromAsync(v, [deal.ProjectId], ct);
        var chinese = UiCulture.IsChinese;
        return new RewardView(r.Id, r.DealId, deal.ContractNumber, hidden.Contains(deal.ProjectId) ? text.ControlledResult : deal.Project!.DisplayName(chinese), r.Year,
            r.AmountCny, r.Shares, r.Percent, r.Status, text.RewardStatus(r.Status), r.Note, r.ProposedBy, r.ProposedAt, r.ApprovedBy, r.ApprovedAt,
            [.. payouts.OrderBy(p => p.Id).Select(p => new PayoutView(p.Id, p.RewardId, p.EmployeeId, p.Employee!.EmployeeNumber, p.Employee.DisplayName(chinese),
                p.SharePercent, p.AmountCny, p.Shares, p.PaidOn, p.PaymentReference, MayPay(v) && r.Status != RewardStatus.Proposed && p.PaidOn is null, p.Version))],
            v.Office && r.Status == RewardStatus.Proposed && r.ProposedByUserId != UserId(v), r.Version);
    }

    public async Task<List<RewardRow>> RowsForDealAsync(CommercializationViewer v, int dealId, CancellationToken ct)
    {
        var deal = await db.Deals.AsNoTracking().Include(d => d.Project).FirstAsync(d => d.Id == dealId, ct);
        var hidden = await projects.HiddenFromAsync(v, [deal.ProjectId], ct);
        var result = hidden.Contains(deal.ProjectId) ? text.ControlledResult : deal.Project!.DisplayName(UiCulture.IsChinese);
        var rewards = await db.Rewards.AsNoTracking().Where(r => r.DealId == dealId).OrderBy(r => r.Id).ToListAsync(ct);
        return [.. rewards.Select(r => new RewardRow(r.Id, r.DealId, deal.ContractNumber, result, r.Year, r.AmountCny, r.Shares, r.Percent, r.Status,
            text.RewardStatus(r.Status), r.ProposedBy, r.ProposedAt, r.ApprovedBy, r.ApprovedAt))];
    }

    /// <summary>The fund of a deal (and year, for own implementation): office and finance.</summary>
    public async Task<FundView> FundAsync(CommercializationViewer v, int dealId, int? year, CancellationToken ct = default)
    {
        if (!v.Office && !v.Finance) throw new AccessDeniedException(t["Fund.Error.FinanceOnly"]);
        var deal = await db.Deals.AsNoTracking().Include(d => d.Revenue).FirstOrDefaultAsync(d => d.Id == dealId, ct) ?? throw new NotFoundException(t["NotFound.Deal", dealId]);
        var key = deal.Kind == DealKind.OwnImplementation ? year ?? 0 : 0;
        var fund = await db.RewardFunds.AsNoTracking().FirstOrDefaultAsync(f => f.DealId == dealId && f.Year == key, ct)
            ?? new RewardFund { DealId = dealId, Year = key };
        return await pools.ViewAsync(deal, fund, deal.Revenue, ct);
    }

    public async Task<RewardView> ProposeAsync(CommercializationViewer v, RewardInput input, CancellationToken ct = default)
    {
        if (!v.Office) throw new AccessDeniedException(t["Reward.Error.OfficeOnly"]);
        // A concurrent proposal on the same fund moves its version: read the fund again and check against the new numbers.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await GetAsync(v, await ProposeOnceAsync(v, input, ct), ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> ProposeOnceAsync(CommercializationViewer v, RewardInput input, CancellationToken ct)
    {
        var title = t["Reward.Error.Title"];
        if (input.DealId is not { } dealId) throw ValidationFailedException.For(title, nameof(RewardInput.DealId), t["Reward.Error.Deal"]);
        var deal = await db.Deals.AsNoTracking().Include(d => d.Project).ThenInclude(p => p!.Disclosures).Include(d => d.Revenue)
            .FirstOrDefaultAsync(d => d.Id == dealId, ct) ?? throw ValidationFailedException.For(title, nameof(RewardInput.DealId), t["Reward.Error.Deal"]);
        if (deal.Kind == DealKind.OwnImplementation && input.Year is null) throw ValidationFailedException.For(title, nameof(RewardInput.Year), t["Reward.Error.Year"]);
        var key = deal.Kind == DealKind.OwnImplementation ? input.Year!.Value : 0;
        var fund = await db.RewardFunds.FirstOrDefaultAsync(f => f.DealId == dealId && f.Year == key, ct);
        var view = await pools.ViewAsync(deal, fund ?? new RewardFund { DealId = dealId, Year = key }, deal.Revenue, ct);
        var errors = new FieldErrors();
        if (input.AmountCny is not { } amount || amount <= 0 || amount != Math.Round(amount, 2)) errors.Add(nameof(RewardInput.AmountCny), t["Reward.Error.Amount"]);
        else if (!view.InRewardPeriod) errors.Add(nameof(RewardInput.Year), t["Reward.Error.OutsidePeriod", key]);
        else if (fund is null || amount > view.AvailableCny)
            errors.Add(nameof(RewardInput.AmountCny), t["Reward.Error.OverAvailable", DealsText.Money(amount), DealsText.Money(fund is null ? 0 : view.AvailableCny)]);
        if (input.Shares is { } shares)
        {
            if (deal.Kind != DealKind.Equity || shares <= 0 || shares != Math.Floor(shares)) errors.Add(nameof(RewardInput.Shares), t["Reward.Error.Shares"]);
            else if (shares > (view.AvailableShares ?? 0))
                errors.Add(nameof(RewardInput.Shares), t["Reward.Error.OverShares", shares.ToString("0", CultureInfo.InvariantCulture), (view.AvailableShares ?? 0).ToString("0", CultureInfo.InvariantCulture)]);
        }
        var inventors = await InventorSharesAsync(deal, ct);
        if (inventors.Count == 0) errors.Add(nameof(RewardInput.DealId), t["Reward.Error.NoInventors"]);
        errors.ThrowIfAny(title);

        var total = input.AmountCny!.Value;
        var parts = RewardArithmetic.SplitCents(total, [.. inventors.Select(i => i.Share)]);
        var shareParts = input.Shares is { } s ? RewardArithmetic.Split(s, [.. inventors.Select(i => i.Share)], 1m) : null;
        var now = clock.GetUtcNow();
        var reward = new Reward
        {
            FundId = fund!.Id, DealId = dealId, Year = key, AmountCny = total, Shares = input.Shares, Percent = view.Percent,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), ProposedByUserId = UserId(v), ProposedBy = v.Name, ProposedAt = now,
        };
        for (var i = 0; i < inventors.Count; i++)
            reward.Payouts.Add(new RewardPayout { EmployeeId = inventors[i].EmployeeId, SharePercent = inventors[i].Share, AmountCny = parts[i], Shares = shareParts?[i] });
        db.Rewards.Add(reward);
        fund.CommittedCny += total;
        fund.CommittedShares += input.Shares ?? 0;
        fund.ChangedAt = now;
        await db.SaveChangesAsync(ct);
        return reward.Id;
    }

    /// <summary>The inventors of the project's disclosures with their shares; with several disclosures, each weighs the same.</summary>
    private async Task<List<(int EmployeeId, decimal Share)>> InventorSharesAsync(Deal deal, CancellationToken ct)
    {
        var ids = deal.Project!.Disclosures.Select(l => l.DisclosureId).ToList();
        var rows = await db.DisclosureInventors.AsNoTracking().Where(i => ids.Contains(i.DisclosureId)).OrderBy(i => i.DisclosureId).ThenBy(i => i.Id).ToListAsync(ct);
        var n = Math.Max(1, ids.Count);
        return [.. rows.GroupBy(i => i.EmployeeId).Select(g => (g.Key, Math.Round(g.Sum(i => i.SharePercent) / n, 2)))];
    }

    public async Task<RewardView> ApproveAsync(CommercializationViewer v, int id, ApproveRewardInput input, CancellationToken ct = default)
    {
        var r = await db.Rewards.Include(x => x.Payouts).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["NotFound.Reward", id]);
        if (!v.Office && !v.Finance && r.Payouts.All(p => p.EmployeeId != v.EmployeeId)) throw new NotFoundException(t["NotFound.Reward", id]);
        if (!v.Office) throw new AccessDeniedException(t["Reward.Error.OfficeOnly"]);
        if (r.ProposedByUserId == UserId(v)) throw new AccessDeniedException(t["Reward.Error.OwnProposal"]);
        if (input.Version is { } ver && ver != r.Version) throw new DbUpdateConcurrencyException("stale");
        if (r.Status != RewardStatus.Proposed) throw ValidationFailedException.For(t["Reward.Error.Title"], "Status", t["Reward.Error.NotProposed"]);
        r.Status = RewardStatus.Approved;
        r.ApprovedBy = v.Name;
        r.ApprovedAt = clock.GetUtcNow();
        db.RecordAuditEvent("CommercializationReward", r.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, string?> { ["Approved"] = v.Name, ["AmountCny"] = DealsText.Money(r.AmountCny), ["ProposedBy"] = r.ProposedBy });
        // The notices are written with the approval (one save): both or neither.
        var number = await ContractAsync(r.DealId, ct);
        foreach (var p in r.Payouts)
            await notifier.NotifyEmployeeAsync<CommercializationResource>(p.EmployeeId, "Reward.Notify.Approved.Subject", "Reward.Notify.Approved.Body",
                [number, DealsText.Money(p.AmountCny), DealsText.Money(r.AmountCny)], "/commercialization/rewards", $"reward-approved:{p.Id}", ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, id, ct);
    }

    public async Task<RewardView> PayAsync(CommercializationViewer v, int payoutId, PayInput input, CancellationToken ct = default)
    {
        var p = await db.RewardPayouts.Include(x => x.Reward).ThenInclude(r => r!.Payouts).FirstOrDefaultAsync(x => x.Id == payoutId, ct)
            ?? throw new NotFoundException(t["NotFound.Payout", payoutId]);
        if (!v.Office && !v.Finance && p.EmployeeId != v.EmployeeId) throw new NotFoundException(t["NotFound.Payout", payoutId]);
        if (!MayPay(v)) throw new AccessDeniedException(t["Payout.Error.FinanceOnly"]);
        if (input.Version is { } ver && ver != p.Version) throw new DbUpdateConcurrencyException("stale");
        var reward = p.Reward!;
        var errors = new FieldErrors();
        if (reward.Status == RewardStatus.Proposed) errors.Add("Status", t["Payout.Error.NotApproved"]);
        if (p.PaidOn is not null) errors.Add("Status", t["Payout.Error.AlreadyPaid"]);
        if (input.PaidOn is not { } paidOn) errors.Add(nameof(PayInput.PaidOn), t["Payout.Error.PaidOn"]);
        else if (paidOn > clock.Today()) errors.Add(nameof(PayInput.PaidOn), t["Payout.Error.PaidInFuture"]);
        var reference = input.PaymentReference?.Trim() ?? "";
        if (reference.Length is 0 or > 100) errors.Add(nameof(PayInput.PaymentReference), t["Payout.Error.Reference"]);
        errors.ThrowIfAny(t["Payout.Error.Title"]);
        p.PaidOn = input.PaidOn;
        p.PaymentReference = reference;
        p.PaidBy = v.Name;
        if (reward.Payouts.All(x => x.PaidOn is not null)) reward.Status = RewardStatus.Paid;
        db.RecordAuditEvent("CommercializationRewardPayout", p.Id.ToString(CultureInfo.InvariantCulture),
            new Dictionary<string, string?> { ["Paid"] = DealsText.Date(p.PaidOn), ["Reference"] = reference, ["AmountCny"] = DealsText.Money(p.AmountCny) });
        await notifier.NotifyEmployeeAsync<CommercializationResource>(p.EmployeeId, "Reward.Notify.Paid.Subject", "Reward.Notify.Paid.Body",
            [await ContractAsync(reward.DealId, ct), DealsText.Money(p.AmountCny), DealsText.Date(p.PaidOn)], "/commercialization/rewards", $"reward-paid:{p.Id}", ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, reward.Id, ct);
    }

    /// <summary>Payouts: finance, the office and administrators see all (a controlled result the viewer may not read as 受控成果); anyone else their own.</summary>
    public async Task<List<PayoutRow>> PayoutsAsync(CommercializationViewer v, int? year, CancellationToken ct = default)
    {
        var query = db.RewardPayouts.AsNoTracking().Include(p => p.Employee).Include(p => p.Reward).AsQueryable();
        if (!v.Office && !v.Finance) query = query.Where(p => p.EmployeeId == (v.EmployeeId ?? -1));
        if (year is { } y) query = query.Where(p => p.Reward!.Year == y || (p.Reward.Year == 0 && p.Reward.ProposedAt >= new DateTimeOffset(y, 1, 1, 0, 0, 0, TimeSpan.Zero)
            && p.Reward.ProposedAt < new DateTimeOffset(y + 1, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        var payouts = await query.OrderByDescending(p => p.RewardId).ThenBy(p => p.Id).ToListAsync(ct);
        var dealIds = payouts.Select(p => p.Reward!.DealId).Distinct().ToList();
        var deals = await db.Deals.AsNoTracking().Include(d => d.Project).Where(d => dealIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var hidden = await projects.HiddenFromAsync(v, [.. deals.Values.Select(d => d.ProjectId).Distinct()], ct);
        var chinese = UiCulture.IsChinese;
        return [.. payouts.Select(p =>
        {
            var r = p.Reward!;
            var d = deals[r.DealId];
            var result = hidden.Contains(d.ProjectId) && p.EmployeeId != v.EmployeeId ? text.ControlledResult : d.Project!.DisplayName(chinese);
            return new PayoutRow(p.Id, r.Id, d.Id, d.ContractNumber, result, r.Year == 0 ? r.ProposedAt.Year : r.Year, p.EmployeeId, p.Employee!.EmployeeNumber,
                p.Employee.DisplayName(chinese), p.SharePercent, p.AmountCny, p.Shares, r.Status, text.RewardStatus(r.Status), p.PaidOn, p.PaymentReference);
        })];
    }

    /// <summary>Paid rewards per year (paid on) and segment (of the first disclosure), groups of at least <see cref="MinGroupSize"/> people only.</summary>
    public async Task<List<RewardSummaryRow>> SummaryAsync(CancellationToken ct = default)
    {
        var paid = await db.RewardPayouts.AsNoTracking().Where(p => p.PaidOn != null)
            .Select(p => new { p.EmployeeId, p.AmountCny, p.PaidOn, p.RewardId, p.Reward!.DealId }).ToListAsync(ct);
        var segments = await SegmentsAsync([.. paid.Select(p => p.DealId).Distinct()], ct);
        return [.. paid.GroupBy(p => (p.PaidOn!.Value.Year, Segment: segments.GetValueOrDefault(p.DealId)))
            .Select(g => new RewardSummaryRow(g.Key.Year, g.Key.Segment, g.Select(p => p.RewardId).Distinct().Count(), g.Select(p => p.EmployeeId).Distinct().Count(), g.Sum(p => p.AmountCny)))
            .Where(r => r.People >= MinGroupSize).OrderByDescending(r => r.Year).ThenBy(r => r.Segment)];
    }

    /// <summary>The chain segment of each deal: that of its project's first disclosure (by number).</summary>
    public async Task<Dictionary<int, ChainSegment>> SegmentsAsync(IReadOnlyCollection<int> dealIds, CancellationToken ct)
    {
        var ids = dealIds.ToList();
        var rows = await (from d in db.Deals.AsNoTracking()
                          where ids.Contains(d.Id)
                          join l in db.ConversionProjectDisclosures.AsNoTracking() on d.ProjectId equals l.ProjectId
                          join x in db.Disclosures.AsNoTracking() on l.DisclosureId equals x.Id
                          select new { DealId = d.Id, x.Number, x.Segment }).ToListAsync(ct);
        return rows.GroupBy(r => r.DealId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Number, StringComparer.Ordinal).First().Segment);
    }

    private async Task<string> ContractAsync(int dealId, CancellationToken ct) =>
        await db.Deals.AsNoTracking().Where(d => d.Id == dealId).Select(d => d.ContractNumber).FirstAsync(ct);

    private static bool MayPay(CommercializationViewer v) => v.Finance || v.Admin;

    private static string UserId(CommercializationViewer v) => v.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
