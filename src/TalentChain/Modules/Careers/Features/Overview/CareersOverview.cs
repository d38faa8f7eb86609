using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Careers.Features.Overview;

/// <summary>An appointment or title currently in public notice (公示): what the notice board shows to everyone signed in.</summary>
public sealed record NoticeView(string Kind, int Id, string Person, string Unit, string Level, DateOnly? NoticeEnds, bool Provisional, int OpenObjections);

/// <summary>Counts per unit, for executives (aggregates only, no names).</summary>
public sealed record UnitSummaryView(string UnitCode, string Unit, int Planned, int Filled, int Reserved, int AppointmentsOpen, int AppointmentsEffective,
    int TitleApplications, int TitlesGranted);

public sealed class CareersOverview(TalentChainDbContext db, IStringLocalizer<CareersResource> L, TimeProvider clock)
{
    /// <summary>The public notice board: appointments and title applications in notice (name, unit, level, dates — no votes or reasons).</summary>
    public async Task<List<NoticeView>> NoticesAsync(CancellationToken ct)
    {
        var appointments = await db.Appointments.AsNoTracking().Where(a => a.Status == AppointmentStatus.InNotice)
            .Include(a => a.Employee).Include(a => a.OrgUnit).Include(a => a.Level).Include(a => a.Objections).ToListAsync(ct);
        var titles = await db.TitleApplications.AsNoTracking().Where(a => a.Status == TitleApplicationStatus.InNotice)
            .Include(a => a.Employee!).ThenInclude(e => e.OrgUnit).Include(a => a.Level).Include(a => a.Objections).ToListAsync(ct);
        return
        [
            .. appointments.Select(a => new NoticeView("Appointment", a.Id, CareersText.Person(a.Employee), a.OrgUnit?.DisplayName(CareersText.Chinese) ?? "",
                a.Level!.DisplayName(CareersText.Chinese), a.NoticeEnds, a.NoticeProvisional, a.Objections.Count(o => o.IsOpen))),
            .. titles.Select(a => new NoticeView("Title", a.Id, CareersText.Person(a.Employee), a.Employee?.OrgUnit?.DisplayName(CareersText.Chinese) ?? "",
                a.Level!.DisplayName(CareersText.Chinese), a.NoticeEnds, a.NoticeProvisional, a.Objections.Count(o => o.IsOpen))),
        ];
    }

    public async Task<List<UnitSummaryView>> SummaryAsync(int? year, CancellationToken ct)
    {
        var today = clock.Today();
        var y = year ?? today.Year;
        var plans = await db.HeadcountPlans.AsNoTracking().Where(p => p.Year == y).Include(p => p.OrgUnit).Include(p => p.Reservations).ToListAsync(ct);
        var appointments = await db.Appointments.AsNoTracking().Include(a => a.OrgUnit).Select(a => new { a.OrgUnit!.Code, a.OrgUnit.Name, a.OrgUnit.NameZh, a.Status }).ToListAsync(ct);
        var titles = await db.TitleApplications.AsNoTracking().Where(a => a.Call!.Year == y)
            .Select(a => new { a.Employee!.OrgUnit!.Code, a.Employee.OrgUnit.Name, a.Employee.OrgUnit.NameZh, a.Status }).ToListAsync(ct);
        var units = plans.Select(p => (p.OrgUnit!.Code, Name: CareersText.Name(p.OrgUnit.Name, p.OrgUnit.NameZh ?? "")))
            .Concat(appointments.Select(a => (a.Code, Name: CareersText.Name(a.Name, a.NameZh ?? ""))))
            .Concat(titles.Select(a => (a.Code, Name: CareersText.Name(a.Name, a.NameZh ?? ""))))
            .DistinctBy(u => u.Code).OrderBy(u => u.Code, StringComparer.Ordinal);
        return [.. units.Select(u => new UnitSummaryView(u.Code, u.Name,
            plans.Where(p => p.OrgUnit!.Code == u.Code).Sum(p => p.Planned), plans.Where(p => p.OrgUnit!.Code == u.Code).Sum(p => p.Filled),
            plans.Where(p => p.OrgUnit!.Code == u.Code).Sum(p => p.ReservedOn(today)),
            appointments.Count(a => a.Code == u.Code && a.Status is AppointmentStatus.InReview or AppointmentStatus.InNotice),
            appointments.Count(a => a.Code == u.Code && a.Status == AppointmentStatus.Effective),
            titles.Count(a => a.Code == u.Code), titles.Count(a => a.Code == u.Code && a.Status == TitleApplicationStatus.Granted)))];
    }

    public string KindName(string kind) => L["Notice.Kind." + kind];
}
