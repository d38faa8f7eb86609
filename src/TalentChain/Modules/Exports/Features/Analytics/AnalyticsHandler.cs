using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Modules.Exports.Features.Calendars;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Analytics;

public sealed record AgeingBucket(string Bucket, int Count);
public sealed record SegmentStats(string Dimension, string Key, string Label, int Decided, int Approved, int Rejected, int WithSupplement,
    double ApprovalRate, double RejectionRate, double SupplementRate, double? MedianDays, int? P90Days);
public sealed record UtilisationRow(int LicenceId, string Number, string Kind, DateOnly ExpiresOn, decimal UtilisationPercent, bool Expired);
public sealed record AnalyticsView(DateOnly AsOf, int Pending, List<AgeingBucket> Backlog, int Decided, double? MedianDays, int? P90Days,
    Dictionary<string, int> Histogram, List<SegmentStats> Segments, List<UtilisationRow> Utilisation, int OutsideCalendar);

/// <summary>Backlog ageing, approval-time distribution and rates by segment, licence utilisation.</summary>
public sealed class AnalyticsHandler(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, ExportsText text, TimeProvider clock, CalendarHandlers calendars)
{
    public static readonly string[] Buckets = ["0-15", "16-30", "31-45", ">45"];
    public static readonly string[] Dimensions = ["DestinationCountry", "EndUserCountry", "Route", "EndUseCategory"];

    private static readonly int[] HistogramBins = [0, 10, 20, 30, 40, 50, 60, 70, 80];

    public static string Bucket(int workingDays) => workingDays <= 15 ? "0-15" : workingDays <= 30 ? "16-30" : workingDays <= 45 ? "31-45" : ">45";

    public async Task<AnalyticsView> ComputeAsync(DateOnly? asOf = null, CancellationToken ct = default)
    {
        var today = asOf ?? clock.Today();
        WorkingCalendar calendar;
        try
        {
            calendar = await calendars.WorkingCalendarAsync("CN", ct);
        }
        catch (NotFoundException)
        {
            calendar = new WorkingCalendar([]);
        }
        var apps = await db.LicenceApplications.AsNoTracking().Include(a => a.EndUser).Include(a => a.Consignee).Include(a => a.Route)
            .Include(a => a.Supplements).AsSplitQuery()
            .Where(a => a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Ready && a.Status != ApplicationStatus.Withdrawn)
            .ToListAsync(ct);
        var licences = await db.Licences.AsNoTracking().Include(l => l.Lines).OrderBy(l => l.ExpiresOn).ToListAsync(ct);
        return Compute(apps, licences, calendar, today);
    }

    /// <summary>The statistics of a set of applications (with EndUser, Consignee, Route and Supplements) and licences (with Lines).</summary>
    public AnalyticsView Compute(IReadOnlyList<LicenceApplication> apps, IReadOnlyList<Licence> licences, WorkingCalendar calendar, DateOnly today)
    {
        var outside = 0;
        int? Days(DateOnly from, DateOnly to)
        {
            try { return calendar.WorkingDaysBetween(from, to); }
            catch (CalendarCoverageException) { outside++; return null; }
        }

        apps = [.. apps.Where(a => a.Status is not (ApplicationStatus.Draft or ApplicationStatus.Ready or ApplicationStatus.Withdrawn))];
        var pending = apps.Where(a => LicenceApplication.Pending.Contains(a.Status)).ToList();
        var ages = pending.Select(a => Days(a.AcceptedOn ?? a.SubmittedOn ?? today, today)).Where(d => d is not null).Select(d => d!.Value).ToList();
        var backlog = Buckets.Select(b => new AgeingBucket(b, ages.Count(x => Bucket(x) == b))).ToList();

        var decided = apps.Where(a => LicenceApplication.Decided.Contains(a.Status) && a.DecidedOn is not null && a.AcceptedOn is not null).ToList();
        var durations = decided.Select(a => (App: a, Days: Days(a.AcceptedOn!.Value, a.DecidedOn!.Value))).Where(x => x.Days is not null)
            .Select(x => (x.App, Days: x.Days!.Value)).ToList();
        var approvedDays = durations.Where(x => x.App.Status is ApplicationStatus.Approved or ApplicationStatus.PartiallyApproved).Select(x => x.Days).ToList();
        var histogram = HistogramBins.ToDictionary(
            lo => lo == 80 ? "80+" : $"{lo}-{lo + 9}",
            lo => approvedDays.Count(d => d >= lo && (lo == 80 || d < lo + 10)));

        var segments = new List<SegmentStats>();
        foreach (var dim in Dimensions)
        {
            foreach (var g in durations.GroupBy(x => Key(dim, x.App)).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var n = g.Count();
                var approved = g.Count(x => x.App.Status is ApplicationStatus.Approved or ApplicationStatus.PartiallyApproved);
                var rejected = g.Count(x => x.App.Status == ApplicationStatus.Rejected);
                var supplement = g.Count(x => x.App.Supplements.Count > 0);
                var days = g.Where(x => x.App.Status is ApplicationStatus.Approved or ApplicationStatus.PartiallyApproved).Select(x => x.Days).ToList();
                segments.Add(new SegmentStats(dim, g.Key, Label(dim, g.Key), n, approved, rejected, supplement,
                    Rate(approved, n), Rate(rejected, n), Rate(supplement, n), ApprovalStatistics.Median(days), ApprovalStatistics.Percentile(days, 90)));
            }
        }

        var utilisation = licences.Select(l => new UtilisationRow(l.Id, l.Number, l.Kind.ToString(), l.ExpiresOn,
            l.Lines.Count == 0 ? 0 : l.Lines.Max(x => x.UtilisationPercent), l.ExpiresOn < today)).ToList();

        return new AnalyticsView(today, pending.Count, backlog, durations.Count, ApprovalStatistics.Median(approvedDays), ApprovalStatistics.Percentile(approvedDays, 90),
            histogram, segments, utilisation, outside);
    }

    private static double Rate(int part, int whole) => whole == 0 ? 0 : Math.Round(part * 100.0 / whole, 1);

    public static string Key(string dimension, LicenceApplication a) => dimension switch
    {
        "DestinationCountry" => a.Consignee!.Country,
        "EndUserCountry" => a.EndUser!.Country,
        "Route" => ApprovalStatistics.RouteKind(a),
        _ => a.EndUseCategory.ToString(),
    };

    private string Label(string dimension, string key) => dimension switch
    {
        "DestinationCountry" or "EndUserCountry" => L[$"Country.{key}"] is { ResourceNotFound: false } s ? s.Value : key,
        "Route" => L[$"Route.{key}"],
        _ => Enum.TryParse<EndUseCategory>(key, out var c) ? text.Enum(c) : key,
    };
}
