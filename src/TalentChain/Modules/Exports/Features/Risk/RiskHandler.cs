using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Modules.Exports.Features.Analytics;
using TalentChain.Modules.Exports.Features.Calendars;
using TalentChain.Modules.Exports.Features.Licences;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Risk;

public sealed record RiskRow(int ProductionLineId, int MaterialId, string Customer, string CustomerCountry, string Line, string MaterialCode, string Material, string Unit,
    decimal DailyConsumption, decimal StockOnHand, decimal InTransit, double DaysOfCover, DateOnly StockOutOn, string? ApplicationNumber, int? ApplicationId,
    string? ApplicationStatus, int? ElapsedWorkingDays, int? WorkingDaysUntilStockOut, string Segment, int SegmentCases, bool FellBack,
    double ProbabilityLate, decimal DailyOutputValue, decimal Exposure, string Currency, string Level, string Explanation);
public sealed record RiskBoard(DateOnly AsOf, int MinSegmentCases, List<RiskRow> Rows);

/// <summary>
/// Shortage risk per customer production line and material: days of cover from stock on hand and in transit, and the
/// probability that the pending licence approval comes after the stock-out date, from the empirical approval-time
/// distribution of the application's segment (end-user country × direct/via third country), falling back to the whole
/// history when the segment has fewer than <see cref="ExportsOptions.MinSegmentCases"/> decided cases.
/// Exposure = probability × the line's daily output value.
/// </summary>
public sealed class RiskHandler(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, TimeProvider clock, CalendarHandlers calendars, IOptions<ExportsOptions> options)
{
    public async Task<RiskBoard> ComputeAsync(DateOnly? asOf = null, CancellationToken ct = default)
    {
        var today = asOf ?? clock.Today();
        var min = options.Value.MinSegmentCases;
        WorkingCalendar calendar;
        try { calendar = await calendars.WorkingCalendarAsync("CN", ct); }
        catch (NotFoundException) { calendar = new WorkingCalendar([]); }
        int WorkingDays(DateOnly from, DateOnly to)
        {
            try { return calendar.WorkingDaysBetween(from, to); }
            // Beyond the calendar: estimate five working days per seven (shown as an estimate in the explanation).
            catch (CalendarCoverageException) { return Math.Max(0, (to.DayNumber - from.DayNumber) * 5 / 7); }
        }

        var apps = await db.LicenceApplications.AsNoTracking().Include(a => a.EndUser).Include(a => a.Route).Include(a => a.Lines).AsSplitQuery()
            .Where(a => a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn).ToListAsync(ct);
        var history = apps.Where(a => (a.Status is ApplicationStatus.Approved or ApplicationStatus.PartiallyApproved) && a.AcceptedOn is not null && a.DecidedOn is not null)
            .Select(a => (Segment: Segment(a), Days: WorkingDays(a.AcceptedOn!.Value, a.DecidedOn!.Value))).ToList();
        var all = history.Select(h => h.Days).ToList();
        var pending = apps.Where(a => LicenceApplication.Pending.Contains(a.Status) || a.Status == ApplicationStatus.Ready).ToList();

        var lines = await db.ProductionLines.AsNoTracking().Include(p => p.Customer).Include(p => p.Consumption).ThenInclude(c => c.Material).AsSplitQuery().ToListAsync(ct);
        var rows = new List<RiskRow>();
        foreach (var line in lines)
        {
            foreach (var c in line.Consumption)
            {
                var cover = c.DailyConsumption <= 0 ? 9999 : (double)((c.StockOnHand + c.InTransit) / c.DailyConsumption);
                var stockOut = today.AddDays((int)Math.Min(3650, Math.Floor(cover)));
                var candidates = pending.Where(a => a.EndUserPartyId == line.CustomerPartyId && a.Lines.Any(l => l.MaterialId == c.MaterialId)).ToList();
                var available = WorkingDays(today, stockOut);
                RiskRow? best = null;
                foreach (var a in candidates)
                {
                    var seg = Segment(a);
                    var segDays = history.Where(h => h.Segment == seg).Select(h => h.Days).ToList();
                    var fellBack = segDays.Count < min;
                    var sample = fellBack ? all : segDays;
                    var elapsed = a.AcceptedOn is { } acc ? WorkingDays(acc, today) : 0;
                    var p = sample.Count == 0 ? 1.0 : ApprovalStatistics.ProbabilityLate(sample, elapsed, available);
                    var row = Row(line, c, cover, stockOut, a, elapsed, available, seg, sample.Count, fellBack, p, segDays.Count, min);
                    if (!calendar.Covers(stockOut) || !calendar.Covers(today))
                        row = row with { Explanation = row.Explanation + " " + L["Risk.Estimated", string.Join(", ", calendar.CoveredYears)].Value };
                    if (best is null || row.ProbabilityLate < best.ProbabilityLate) best = row;
                }
                rows.Add(best ?? Row(line, c, cover, stockOut, null, null, available, "", 0, false, 1.0));
            }
        }
        return new RiskBoard(today, min, [.. rows.OrderByDescending(r => r.Exposure).ThenBy(r => r.DaysOfCover)]);
    }

    /// <summary>"US/ViaThirdCountry" → "United States · Via a third country" in the user's language.</summary>
    private string SegmentLabel(string segment)
    {
        var parts = segment.Split('/');
        var country = L[$"Country.{parts[0]}"] is { ResourceNotFound: false } c ? c.Value : parts[0];
        return parts.Length > 1 ? $"{country} · {L[$"Route.{parts[1]}"].Value}" : country;
    }

    private static string Segment(LicenceApplication a) => $"{a.EndUser!.Country}/{ApprovalStatistics.RouteKind(a)}";

    private RiskRow Row(ProductionLine line, LineConsumption c, double cover, DateOnly stockOut, LicenceApplication? a, int? elapsed, int available,
        string segment, int cases, bool fellBack, double p, int segmentCases = 0, int minimum = 0)
    {
        var exposure = Math.Round((decimal)p * line.DailyOutputValue, 0);
        var level = p >= 0.5 ? "High" : p >= 0.2 ? "Medium" : "Low";
        var explanation = a is null
            ? L["Risk.NoApplication"].Value
            : L["Risk.Explain", a.Number, elapsed ?? 0, available, cases, fellBack ? L["Risk.WholeHistory", SegmentLabel(segment), segmentCases, minimum].Value : SegmentLabel(segment), Math.Round(p * 100)].Value;
        return new RiskRow(line.Id, c.MaterialId, UiCulture.Pick(line.Customer!.Name, line.Customer.NameZh), line.Customer.Country, UiCulture.Pick(line.Name, line.NameZh), c.Material!.Code,
            UiCulture.Pick(c.Material.Name, c.Material.NameZh), c.Material.Unit, c.DailyConsumption, c.StockOnHand, c.InTransit, Math.Round(cover, 1), stockOut,
            a?.Number, a?.Id, a?.Status.ToString(), elapsed, available, segment, cases, fellBack, Math.Round(p, 3), line.DailyOutputValue, exposure, line.Currency, level, explanation);
    }
}
