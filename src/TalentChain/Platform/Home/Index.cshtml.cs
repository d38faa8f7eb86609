using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Domain;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Home;

[Authorize(Policy = Policies.SignedIn)]
public class IndexModel(TalentChainDbContext db) : PageModel
{
    public int Active { get; private set; }
    public int Units { get; private set; }
    public int Skills { get; private set; }
    public int Experts { get; private set; }
    public List<SegmentRow> Segments { get; private set; } = [];

    public sealed record SegmentRow(ChainSegment Segment, int Active, int Advanced, int Departed12Months);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Active = await db.Employees.CountAsync(e => e.Status == EmployeeStatus.Active, ct);
        Units = await db.OrgUnits.CountAsync(ct);
        Skills = await db.TaxonomyNodes.CountAsync(n => n.Kind == TaxonomyKind.Skill, ct);
        Experts = await db.SkillRecords.Where(s => s.Level == Proficiency.Max && s.Employee!.Status == EmployeeStatus.Active).Select(s => s.EmployeeId).Distinct().CountAsync(ct);

        // The talent chain along the industrial chain: headcount, people at advanced level or above, recent leavers.
        var since = db.Clock.Today().AddMonths(-12);
        var active = await db.Employees.Where(e => e.Status == EmployeeStatus.Active).GroupBy(e => e.OrgUnit!.Segment)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var advanced = await db.SkillRecords.Where(s => s.Level >= 3 && s.Employee!.Status == EmployeeStatus.Active)
            .GroupBy(s => s.Employee!.OrgUnit!.Segment).Select(g => new { g.Key, Count = g.Select(s => s.EmployeeId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var departed = await db.Employees.Where(e => e.Status == EmployeeStatus.Departed && e.DepartureDate >= since).GroupBy(e => e.OrgUnit!.Segment)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        Segments = Enum.GetValues<ChainSegment>()
            .Select(s => new SegmentRow(s, active.GetValueOrDefault(s), advanced.GetValueOrDefault(s), departed.GetValueOrDefault(s)))
            .ToList();
    }
}
