using TalentChain.Modules.Exports.Domain;

namespace TalentChain.Modules.Exports.Demo;

/// <summary>
/// China's public holidays and make-up workdays for 2025 and 2026 (State Council General Office notices of
/// 12 Nov 2024 and Nov 2025). 2026 is marked "to verify" until checked against the published notice.
/// </summary>
public static class ChinaCalendar
{
    public static readonly (string Date, CalendarDayKind Kind, string Note)[] Days =
    [
        // 2025
        ("2025-01-01", CalendarDayKind.Holiday, "New Year's Day · 元旦"),
        ("2025-01-26", CalendarDayKind.Workday, "Spring Festival make-up workday (Sun) · 春节调休上班"),
        ("2025-01-28", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2025-01-29", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2025-01-30", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2025-01-31", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2025-02-01", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2025-02-02", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2025-02-03", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2025-02-04", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2025-02-08", CalendarDayKind.Workday, "Spring Festival make-up workday (Sat) · 春节调休上班"),
        ("2025-04-04", CalendarDayKind.Holiday, "Qingming · 清明节"),
        ("2025-04-05", CalendarDayKind.Holiday, "Qingming · 清明节"),
        ("2025-04-06", CalendarDayKind.Holiday, "Qingming · 清明节"),
        ("2025-04-27", CalendarDayKind.Workday, "Labour Day make-up workday (Sun) · 劳动节调休上班"),
        ("2025-05-01", CalendarDayKind.Holiday, "Labour Day · 劳动节"),
        ("2025-05-02", CalendarDayKind.Holiday, "Labour Day · 劳动节"),
        ("2025-05-03", CalendarDayKind.Holiday, "Labour Day · 劳动节"),
        ("2025-05-04", CalendarDayKind.Holiday, "Labour Day · 劳动节"),
        ("2025-05-05", CalendarDayKind.Holiday, "Labour Day · 劳动节"),
        ("2025-05-31", CalendarDayKind.Holiday, "Dragon Boat Festival · 端午节"),
        ("2025-06-01", CalendarDayKind.Holiday, "Dragon Boat Festival · 端午节"),
        ("2025-06-02", CalendarDayKind.Holiday, "Dragon Boat Festival · 端午节"),
        ("2025-09-28", CalendarDayKind.Workday, "National Day make-up workday (Sun) · 国庆节调休上班"),
        ("2025-10-01", CalendarDayKind.Holiday, "National Day / Mid-Autumn · 国庆节、中秋节"),
        ("2025-10-02", CalendarDayKind.Holiday, "National Day / Mid-Autumn · 国庆节、中秋节"),
        ("2025-10-03", CalendarDayKind.Holiday, "National Day / Mid-Autumn · 国庆节、中秋节"),
        ("2025-10-04", CalendarDayKind.Holiday, "National Day / Mid-Autumn · 国庆节、中秋节"),
        ("2025-10-05", CalendarDayKind.Holiday, "National Day / Mid-Autumn · 国庆节、中秋节"),
        ("2025-10-06", CalendarDayKind.Holiday, "National Day / Mid-Autumn · 国庆节、中秋节"),
        ("2025-10-07", CalendarDayKind.Holiday, "National Day / Mid-Autumn · 国庆节、中秋节"),
        ("2025-10-08", CalendarDayKind.Holiday, "National Day / Mid-Autumn · 国庆节、中秋节"),
        ("2025-10-11", CalendarDayKind.Workday, "National Day make-up workday (Sat) · 国庆节调休上班"),
        // 2026 (to verify)
        ("2026-01-01", CalendarDayKind.Holiday, "New Year's Day · 元旦"),
        ("2026-01-02", CalendarDayKind.Holiday, "New Year's Day · 元旦"),
        ("2026-01-03", CalendarDayKind.Holiday, "New Year's Day · 元旦"),
        ("2026-01-04", CalendarDayKind.Workday, "New Year make-up workday (Sun) · 元旦调休上班"),
        ("2026-02-14", CalendarDayKind.Workday, "Spring Festival make-up workday (Sat) · 春节调休上班"),
        ("2026-02-15", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2026-02-16", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2026-02-17", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2026-02-18", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2026-02-19", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2026-02-20", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2026-02-21", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2026-02-22", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2026-02-23", CalendarDayKind.Holiday, "Spring Festival · 春节"),
        ("2026-02-28", CalendarDayKind.Workday, "Spring Festival make-up workday (Sat) · 春节调休上班"),
        ("2026-04-04", CalendarDayKind.Holiday, "Qingming · 清明节"),
        ("2026-04-05", CalendarDayKind.Holiday, "Qingming · 清明节"),
        ("2026-04-06", CalendarDayKind.Holiday, "Qingming · 清明节"),
        ("2026-05-01", CalendarDayKind.Holiday, "Labour Day · 劳动节"),
        ("2026-05-02", CalendarDayKind.Holiday, "Labour Day · 劳动节"),
        ("2026-05-03", CalendarDayKind.Holiday, "Labour Day · 劳动节"),
        ("2026-05-04", CalendarDayKind.Holiday, "Labour Day · 劳动节"),
        ("2026-05-05", CalendarDayKind.Holiday, "Labour Day · 劳动节"),
        ("2026-05-09", CalendarDayKind.Workday, "Labour Day make-up workday (Sat) · 劳动节调休上班"),
        ("2026-06-19", CalendarDayKind.Holiday, "Dragon Boat Festival · 端午节"),
        ("2026-06-20", CalendarDayKind.Holiday, "Dragon Boat Festival · 端午节"),
        ("2026-06-21", CalendarDayKind.Holiday, "Dragon Boat Festival · 端午节"),
        ("2026-09-20", CalendarDayKind.Workday, "National Day make-up workday (Sun) · 国庆节调休上班"),
        ("2026-09-25", CalendarDayKind.Holiday, "Mid-Autumn Festival · 中秋节"),
        ("2026-09-26", CalendarDayKind.Holiday, "Mid-Autumn Festival · 中秋节"),
        ("2026-09-27", CalendarDayKind.Holiday, "Mid-Autumn Festival · 中秋节"),
        ("2026-10-01", CalendarDayKind.Holiday, "National Day · 国庆节"),
        ("2026-10-02", CalendarDayKind.Holiday, "National Day · 国庆节"),
        ("2026-10-03", CalendarDayKind.Holiday, "National Day · 国庆节"),
        ("2026-10-04", CalendarDayKind.Holiday, "National Day · 国庆节"),
        ("2026-10-05", CalendarDayKind.Holiday, "National Day · 国庆节"),
        ("2026-10-06", CalendarDayKind.Holiday, "National Day · 国庆节"),
        ("2026-10-07", CalendarDayKind.Holiday, "National Day · 国庆节"),
        ("2026-10-10", CalendarDayKind.Workday, "National Day make-up workday (Sat) · 国庆节调休上班"),
    ];

    public static IEnumerable<CalendarDay> ToDays() =>
        Days.Select(d => new CalendarDay { Date = DateOnly.ParseExact(d.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Kind = d.Kind, Note = d.Note });

    public static WorkingCalendar Working() => new(ToDays().Select(d => (d.Date, d.Kind)));
}
