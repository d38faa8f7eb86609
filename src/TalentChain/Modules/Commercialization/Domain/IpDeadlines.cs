namespace TalentChain.Modules.Commercialization.Domain;

/// <summary>A deadline before the working-day shift: what it is, for which filing, the raw due date and (annuities) the grace end.</summary>
public sealed record DeadlineRule(DeadlineKind Kind, string Key, int? FilingId, DateOnly DueOn, DateOnly? GraceUntil, bool NotApplicable, string? Detail);

/// <summary>
/// The deadline arithmetic of patent prosecution (pure; ADR 0049). Months are added clamping to the month's last day
/// (2024-02-29 + 12 months = 2025-02-28; 2023-08-31 + 30 months = 2026-02-28). The shift of a date falling on a
/// non-working day (专利法实施细则) is applied afterwards with the working-day calendar.
/// </summary>
public static class IpDeadlines
{
    /// <summary>Days before a deadline at which its owner is reminded, once each.</summary>
    public static readonly int[] ReminderDays = [60, 30, 14, 7, 1];
    public const int DueSoonDays = 30;
    public const int AnnuityGraceMonths = 6;

    /// <summary>Adds months, clamping to the last day of the target month.</summary>
    public static DateOnly AddMonthsClamped(DateOnly date, int months)
    {
        var first = new DateOnly(date.Year, date.Month, 1).AddMonths(months);
        var day = Math.Min(date.Day, DateTime.DaysInMonth(first.Year, first.Month));
        return new DateOnly(first.Year, first.Month, day);
    }

    /// <summary>Priority year (巴黎公约优先权期限): PCT and foreign filings claiming priority by priority + 12 months.</summary>
    public static DateOnly PriorityYear(DateOnly priority) => AddMonthsClamped(priority, 12);

    /// <summary>Entry into the national phase: priority + 30 months (EPO: 31).</summary>
    public static DateOnly NationalPhase(DateOnly priority, PatentOffice office) => AddMonthsClamped(priority, office == PatentOffice.Epo ? 31 : 30);

    /// <summary>China invention patent: request for substantive examination (实质审查请求) within 3 years of priority (or filing).</summary>
    public static DateOnly ExaminationRequest(DateOnly priorityOrFiling) => AddMonthsClamped(priorityOrFiling, 36);

    /// <summary>Response to an office action: the notice date + the period given (CNIPA default: 4 months for a first notice, 2 for later ones).</summary>
    public static DateOnly OfficeActionResponse(DateOnly noticeDate, int periodMonths) => AddMonthsClamped(noticeDate, periodMonths);

    public static int DefaultResponseMonths(bool firstNotice) => firstNotice ? 4 : 2;

    /// <summary>Term in years from filing: invention 20, utility model 10, design 15.</summary>
    public static int TermYears(FilingKind kind) => kind switch
    {
        FilingKind.UtilityModel => 10,
        FilingKind.Design => 15,
        _ => 20,
    };

    public static DateOnly TermEnd(DateOnly filing, FilingKind kind) => AddMonthsClamped(filing, TermYears(kind) * 12);

    /// <summary>
    /// Annuities (年费) of a granted patent: one due on each filing-date anniversary from the first after the grant until
    /// the term ends, each with the 6-month late-payment grace (滞纳期). Year n is the n-th year of the term.
    /// </summary>
    public static IEnumerable<(int Year, DateOnly DueOn, DateOnly GraceUntil)> Annuities(DateOnly filing, DateOnly grant, FilingKind kind)
    {
        var years = TermYears(kind);
        for (var n = 1; n < years; n++)
        {
            var due = AddMonthsClamped(filing, 12 * n);
            if (due <= grant) continue;
            yield return (n + 1, due, AddMonthsClamped(due, AnnuityGraceMonths));
        }
    }

    /// <summary>The family's priority date: the earliest priority or filing date of its filings.</summary>
    public static DateOnly? FamilyPriority(IEnumerable<PatentFiling> filings) =>
        filings.SelectMany(f => new[] { f.PriorityDate, f.FilingDate }).Where(d => d is not null).Min();

    /// <summary>Every deadline of a family, before the working-day shift.</summary>
    public static List<DeadlineRule> Compute(IReadOnlyCollection<PatentFiling> filings)
    {
        var rules = new List<DeadlineRule>();
        var priority = FamilyPriority(filings);
        if (priority is not { } p) return rules;
        var live = filings.Where(f => f.Status is not (FilingStatus.Withdrawn or FilingStatus.Rejected or FilingStatus.Lapsed)).ToList();
        rules.Add(new DeadlineRule(DeadlineKind.PriorityYear, "PriorityYear", null, PriorityYear(p), null, false, null));
        var pcts = live.Where(f => f.Kind == FilingKind.PctInternational).ToList();
        if (pcts.Count == 0)
            rules.Add(new DeadlineRule(DeadlineKind.NationalPhase, "NationalPhase", null, NationalPhase(p, PatentOffice.Cnipa), null, true, null));
        foreach (var pct in pcts)
        {
            var entered = filings.Where(f => f.ParentFilingId == pct.Id && f.Kind == FilingKind.NationalPhase).Select(f => f.Office).ToHashSet();
            rules.Add(new DeadlineRule(DeadlineKind.NationalPhase, $"NationalPhase:{pct.Id}", pct.Id, NationalPhase(p, PatentOffice.Wipo), null, false, entered.Count > 0 ? string.Join(",", entered) : null));
            rules.Add(new DeadlineRule(DeadlineKind.NationalPhase, $"NationalPhase:{pct.Id}:Epo", pct.Id, NationalPhase(p, PatentOffice.Epo), null, false, "EPO"));
        }
        foreach (var f in live)
        {
            if (f.Office == PatentOffice.Cnipa && f.Kind is FilingKind.Invention or FilingKind.NationalPhase && f.Status != FilingStatus.Granted && f.FilingDate is { } filed)
                rules.Add(new DeadlineRule(DeadlineKind.ExaminationRequest, $"ExaminationRequest:{f.Id}", f.Id, ExaminationRequest(f.PriorityDate ?? filed), null,
                    f.Status == FilingStatus.UnderExamination, null));
            foreach (var oa in f.OfficeActions)
                rules.Add(new DeadlineRule(DeadlineKind.OfficeActionResponse, $"OfficeAction:{oa.Id}", f.Id, OfficeActionResponse(oa.NoticeDate, oa.PeriodMonths), null, false, null));
            if (f.Status == FilingStatus.Granted && f.FilingDate is { } filing && f.GrantDate is { } grant && f.Kind != FilingKind.PctInternational)
            {
                foreach (var (year, due, grace) in Annuities(filing, grant, f.Kind))
                    rules.Add(new DeadlineRule(DeadlineKind.Annuity, $"Annuity:{f.Id}:{year}", f.Id, due, grace, false, year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                rules.Add(new DeadlineRule(DeadlineKind.TermEnd, $"TermEnd:{f.Id}", f.Id, TermEnd(filing, f.Kind), null, false, null));
            }
        }
        return rules;
    }

    public enum State { Open, DueSoon, Overdue, Done, NotApplicable }

    /// <summary>Open, due soon (≤ 30 days), overdue (past and not done), done, not applicable.</summary>
    public static State StateOf(DateOnly dueOn, DateOnly? doneOn, bool notApplicable, DateOnly today) =>
        notApplicable ? State.NotApplicable
        : doneOn is not null ? State.Done
        : dueOn < today ? State.Overdue
        : dueOn.DayNumber - today.DayNumber <= DueSoonDays ? State.DueSoon
        : State.Open;
}
