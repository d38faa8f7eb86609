using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Education.Features;

/// <summary>A person as the module's pages and API name them.</summary>
public sealed record PersonLine(int Id, string EmployeeNumber, string Name, string Unit);

public static class PersonLines
{
    public static async Task<Dictionary<int, PersonLine>> LoadAsync(TalentChainDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        var chinese = UiCulture.IsChinese;
        var rows = await db.EmployeeRefs.AsNoTracking().Where(e => wanted.Contains(e.Id))
            .Select(e => new { e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName, e.ChineseName, Unit = e.OrgUnit!.Name, UnitZh = e.OrgUnit.NameZh })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new PersonLine(r.Id, r.EmployeeNumber, PersonName.Display(r.GivenName, r.FamilyName, r.ChineseName, chinese), UiCulture.Pick(r.Unit, r.UnitZh, chinese)));
    }

    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
