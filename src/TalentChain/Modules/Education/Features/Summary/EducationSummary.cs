using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Education.Features.Summary;

/// <summary>One unit's figures: counts and totals only, no person.</summary>
public sealed record UnitSummary(string Unit, int ActiveDegrees, int OverdueMilestones, int Claims, decimal ApprovedTotal, decimal PaidTotal, int OpenClawbacks, decimal OpenClawbackTotal);

/// <summary>Aggregates per unit for executives (and HR, Finance): what the programme costs and where it stands.</summary>
public sealed class EducationSummary(TalentChainDbContext db, TimeProvider clock)
{
    public async Task<List<UnitSummary>> PerUnitAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var chinese = UiCulture.IsChinese;
        var units = await db.EmployeeRefs.AsNoTracking().Select(e => new { e.Id, e.OrgUnit!.Name, e.OrgUnit.NameZh }).ToDictionaryAsync(e => e.Id, ct);
        string UnitOf(int employee) => units.TryGetValue(employee, out var u) ? UiCulture.Pick(u.Name, u.NameZh, chinese) : "—";
        var degrees = await db.Degrees.AsNoTracking().Where(d => d.Status == DegreeStatus.Active)
            .Select(d => new { d.EmployeeId, Overdue = d.Milestones.Count(m => m.CompletedOn == null && m.DueDate < today) }).ToListAsync(ct);
        var claims = await db.TuitionClaims.AsNoTracking().Select(c => new { c.EmployeeId, c.Status, c.ApprovedAmount, c.PaidAmount }).ToListAsync(ct);
        var cases = await db.ClawbackCases.AsNoTracking().Where(c => c.Status == ClawbackStatus.Open).Select(c => new { c.EmployeeId, c.Amount }).ToListAsync(ct);
        var names = degrees.Select(d => UnitOf(d.EmployeeId)).Concat(claims.Select(c => UnitOf(c.EmployeeId))).Concat(cases.Select(c => UnitOf(c.EmployeeId))).Distinct();
        return [.. names.OrderBy(n => n, StringComparer.Ordinal).Select(n => new UnitSummary(n,
            degrees.Count(d => UnitOf(d.EmployeeId) == n), degrees.Where(d => UnitOf(d.EmployeeId) == n).Sum(d => d.Overdue),
            claims.Count(c => UnitOf(c.EmployeeId) == n),
            claims.Where(c => UnitOf(c.EmployeeId) == n && c.Status is ClaimStatus.Approved or ClaimStatus.PartlyApproved or ClaimStatus.Paid).Sum(c => c.ApprovedAmount ?? 0m),
            claims.Where(c => UnitOf(c.EmployeeId) == n && c.Status == ClaimStatus.Paid).Sum(c => c.PaidAmount ?? 0m),
            cases.Count(c => UnitOf(c.EmployeeId) == n), cases.Where(c => UnitOf(c.EmployeeId) == n).Sum(c => c.Amount)))];
    }
}
