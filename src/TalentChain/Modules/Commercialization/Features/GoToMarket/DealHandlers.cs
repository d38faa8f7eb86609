using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.Revenue;
using TalentChain.Modules.Commercialization.Features.Rewards;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.GoToMarket;

public sealed record DealView(int Id, int ProjectId, string ProjectNumber, string ProjectName, DealKind Kind, string KindName, string CounterpartyName,
    string CountryCode, bool Foreign, bool NeedsExportCheck, string ContractNumber, DealStatus Status, string StatusName, DateOnly? SignedOn, DateOnly? TermEndsOn,
    decimal? AgreedPercent, TechnologyExportCheckInfo? ExportCheck, List<RevenueRow> Revenue, decimal IncomeCny, decimal CostsCny, decimal NetIncomeCny,
    List<YearNet> NetByYear, List<FundView> Funds, List<RewardRow> Rewards, bool CanEdit, bool CanSign, bool CanRecordRevenue, long Version);

/// <summary>A contract under a project: kind, counterparty and country (ISO alpha-2), contract number, term, agreed reward percent.</summary>
public sealed record DealInput(int? ProjectId, DealKind? Kind, string? CounterpartyName, string? CountryCode, string? ContractNumber, DateOnly? TermEndsOn,
    decimal? AgreedPercent);

/// <summary>Mark signed (for own implementation: the day it started).</summary>
public sealed record SignInput(DateOnly? SignedOn, long? Version = null);

/// <summary>
/// Deals (合同) and the technology-export check (技术出口审查, ADR 0050): the office records a deal; a licence or transfer to a
/// foreign party asks Exports for the check and cannot be marked signed until it is Cleared.
/// </summary>
public sealed class DealHandlers(TalentChainDbContext db, ProjectAccess projects, RevenueHandlers revenue, RewardPools pools,
    RewardHandlers rewards, ITechnologyExportChecks checks, DealsText text, TimeProvider clock, IStringLocalizer<CommercializationResource> t)
{
    public async Task<DealView> GetAsync(CommercializationViewer v, int id, CancellationToken ct = default)
    {
        var d = await db.Deals.AsNoTracking().Include(x => x.Project).Include(x => x.Revenue).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(t["NotFound.Deal", id]);
        await projects.EnsureVisibleAsync(v, d.ProjectId, ct);
        var chinese = UiCulture.IsChinese;
        TechnologyExportCheckInfo? check = null;
        if (d.ExportCheckId is { } checkId) (await checks.GetAsync([checkId], ct)).TryGetValue(checkId, out check);
        var money = v.Office || v.Finance;
        var rows = revenue.Rows(d, d.Project!.DisplayName(chinese));
        var funds = money ? await pools.FundsAsync(d, ct) : [];
        var rewardRows = money ? await rewards.RowsForDealAsync(v, d.Id, ct) : [];
        return new DealView(d.Id, d.ProjectId, d.Project.Number, d.Project.DisplayName(chinese), d.Kind, text.Kind(d.Kind), d.CounterpartyName, d.CountryCode, d.Foreign,
            d.NeedsExportCheck, d.ContractNumber, d.Status, text.DealStatus(d.Status), d.SignedOn, d.TermEndsOn, d.AgreedPercent, check,
            money ? rows : [], money ? d.Revenue.Sum(r => r.AmountCny) : 0, money ? d.Revenue.Sum(r => r.CostsCny) : 0, money ? d.Revenue.Sum(r => r.NetCny) : 0,
            money ? RevenueHandlers.ByYear(d.Revenue) : [], funds, rewardRows, v.Office, v.Office && d.Status == DealStatus.Negotiating,
            money && d.Status == DealStatus.Concluded, d.Version);
    }

    public async Task<DealView> CreateAsync(CommercializationViewer v, DealInput input, CancellationToken ct = default)
    {
        if (!v.Office) throw new AccessDeniedException(t["Gtm.Error.OfficeOnly"]);
        var errors = new FieldErrors();
        if (input.ProjectId is not { } projectId || !await db.ConversionProjects.AnyAsync(p => p.Id == projectId, ct))
            errors.Add(nameof(DealInput.ProjectId), t["Deal.Error.Project"]);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors.Add(nameof(DealInput.Kind), t["Gtm.Error.Route"]);
        var counterparty = input.CounterpartyName?.Trim() ?? "";
        if (counterparty.Length is 0 or > 200) errors.Add(nameof(DealInput.CounterpartyName), t["Deal.Error.Counterparty"]);
        var country = ConversionProjects.NormalizeCountry(input.CountryCode);
        if (country is null) errors.Add(nameof(DealInput.CountryCode), t["Gtm.Error.Country", input.CountryCode ?? ""]);
        var number = input.ContractNumber?.Trim() ?? "";
        if (number.Length is 0 or > 60) errors.Add(nameof(DealInput.ContractNumber), t["Deal.Error.ContractNumber"]);
        else if (await db.Deals.AnyAsync(x => x.ContractNumber == number, ct)) errors.Add(nameof(DealInput.ContractNumber), t["Deal.Error.ContractNumberTaken", number]);
        if (input.AgreedPercent is { } agreed && (agreed <= 0 || agreed > 100 || agreed != Math.Round(agreed, 2)))
            errors.Add(nameof(DealInput.AgreedPercent), t["Deal.Error.AgreedPercent"]);
        errors.ThrowIfAny(t["Deal.Error.Title"]);
        var deal = new Deal
        {
            ProjectId = input.ProjectId!.Value, Kind = input.Kind!.Value, CounterpartyName = counterparty, CountryCode = country!, ContractNumber = number,
            TermEndsOn = input.TermEndsOn, AgreedPercent = input.AgreedPercent,
        };
        db.Deals.Add(deal);
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, deal.Id, ct);
    }

    /// <summary>Asks Exports for the technology-export check of a foreign licence or transfer (or returns the open one) and keeps its id.</summary>
    public async Task<DealView> RequestExportCheckAsync(CommercializationViewer v, int id, CancellationToken ct = default)
    {
        var d = await db.Deals.Include(x => x.Project).ThenInclude(p => p!.Disclosures).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["NotFound.Deal", id]);
        await projects.EnsureVisibleAsync(v, d.ProjectId, ct);
        if (!v.Office) throw new AccessDeniedException(t["Gtm.Error.OfficeOnly"]);
        if (!d.NeedsExportCheck) throw ValidationFailedException.For(t["Deal.Error.Title"], "Kind", t["Deal.Error.NoExportCheckNeeded"]);
        if (v.EmployeeId is not { } me) throw ValidationFailedException.For(t["Deal.Error.Title"], "Kind", t["Deal.Error.NoEmployee"]);
        var disclosureIds = d.Project!.Disclosures.Select(l => l.DisclosureId).ToList();
        var nodes = await db.Disclosures.AsNoTracking().Where(x => disclosureIds.Contains(x.Id)).SelectMany(x => x.Technologies.Select(tn => tn.TaxonomyNodeId)).Distinct().ToListAsync(ct);
        var numbers = await db.Disclosures.AsNoTracking().Where(x => disclosureIds.Contains(x.Id)).OrderBy(x => x.Number).Select(x => x.Number).ToListAsync(ct);
        var info = await checks.RequestAsync(new TechnologyExportRequest($"commercialization-deal:{d.Id}", $"{d.ContractNumber} · {d.Project.Name}",
            $"{text.Kind(d.Kind)} → {d.CounterpartyName} ({d.CountryCode}); {string.Join(", ", numbers)}", nodes, d.CounterpartyName, d.CountryCode,
            d.Kind == DealKind.Transfer ? TechnologyTransferKind.Transfer : TechnologyTransferKind.Licence, me), ct);
        d.ExportCheckId = info.Id;
        db.RecordAuditEvent("CommercializationDeal", d.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?> { ["ExportCheckRequested"] = info.Number });
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, d.Id, ct);
    }

    /// <summary>Marks the deal signed. A foreign licence or transfer is refused until its export check is Cleared; nothing is written.</summary>
    public async Task<DealView> SignAsync(CommercializationViewer v, int id, SignInput input, CancellationToken ct = default)
    {
        var d = await db.Deals.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["NotFound.Deal", id]);
        await projects.EnsureVisibleAsync(v, d.ProjectId, ct);
        if (!v.Office) throw new AccessDeniedException(t["Gtm.Error.OfficeOnly"]);
        if (input.Version is { } ver && ver != d.Version) throw new DbUpdateConcurrencyException("stale");
        if (d.Status != DealStatus.Negotiating) throw ValidationFailedException.For(t["Deal.Error.Title"], "Status", t["Deal.Error.AlreadySigned"]);
        if (d.NeedsExportCheck)
        {
            if (d.ExportCheckId is not { } checkId) throw ValidationFailedException.For(t["Deal.Error.SignBlocked"], "ExportCheck", t["Deal.Error.NoExportCheck"]);
            var found = await checks.GetAsync([checkId], ct);
            if (!found.TryGetValue(checkId, out var check)) throw ValidationFailedException.For(t["Deal.Error.SignBlocked"], "ExportCheck", t["Deal.Error.NoExportCheck"]);
            if (check.Status != TechnologyExportCheckStatus.Cleared)
                throw ValidationFailedException.For(t["Deal.Error.SignBlocked"], "ExportCheck", t["Deal.Error.ExportNotCleared", check.Number, check.StatusLabel]);
        }
        var today = clock.Today();
        var signedOn = input.SignedOn ?? today;
        if (signedOn > today) throw ValidationFailedException.For(t["Deal.Error.Title"], nameof(SignInput.SignedOn), t["Deal.Error.SignedInFuture"]);
        d.Status = DealStatus.Concluded;
        d.SignedOn = signedOn;
        db.RecordAuditEvent("CommercializationDeal", d.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?> { ["Signed"] = DealsText.Date(signedOn) });
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, d.Id, ct);
    }
}
