using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Data;
using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Knowledge.Features;

/// <summary>The work-card facts of a person that this module shows (no identity-document or travel data exists anywhere).</summary>
public sealed record PersonCard(int Id, string EmployeeNumber, string Name, string Unit, ChainSegment Segment, string Position, ProfessionalTitle Title, EmployeeStatus Status, int? ManagerId);

public static class PersonCards
{
    public static async Task<Dictionary<int, PersonCard>> LoadAsync(TalentChainDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        var chinese = UiCulture.IsChinese;
        var result = new Dictionary<int, PersonCard>();
        foreach (var chunk in list.Chunk(500))
        {
            var rows = await db.EmployeeRefs.AsNoTracking().Where(e => chunk.Contains(e.Id))
                .Select(e => new { e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName, e.ChineseName, UnitName = e.OrgUnit!.Name, UnitNameZh = e.OrgUnit.NameZh, e.OrgUnit.Segment, e.Position, e.Title, e.Status, e.ManagerId })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                result[r.Id] = new PersonCard(r.Id, r.EmployeeNumber,
                    PersonName.Display(r.GivenName, r.FamilyName, r.ChineseName, chinese),
                    chinese && !string.IsNullOrEmpty(r.UnitNameZh) ? r.UnitNameZh : r.UnitName, r.Segment, r.Position, r.Title, r.Status, r.ManagerId);
            }
        }
        return result;
    }

    public static async Task<PersonCard?> FindAsync(TalentChainDbContext db, int id, CancellationToken ct) =>
        (await LoadAsync(db, [id], ct)).GetValueOrDefault(id);

    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
