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

    public async Task OnGetAsync(CancellationToken ct)
    {
        Active = await db.Employees.CountAsync(e => e.Status == EmployeeStatus.Active, ct);
        Units = await db.OrgUnits.CountAsync(ct);
        Skills = await db.TaxonomyNodes.CountAsync(n => n.Kind == TaxonomyKind.Skill, ct);
        Experts = await db.SkillRecords.Where(s => s.Level == Proficiency.Max && s.Employee!.Status == EmployeeStatus.Active).Select(s => s.EmployeeId).Distinct().CountAsync(ct);
    }
}
