using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.TalentProgram.Features.Plans;

/// <summary>Pickers for the plan forms.</summary>
public sealed class PlanChoices(TalentChainDbContext db)
{
    public async Task<List<(string Code, string Name)>> SkillsAsync(CancellationToken ct = default)
    {
        var rows = await db.TaxonomyRefs.AsNoTracking().Where(n => n.Kind == TaxonomyKind.Skill).Select(n => new { n.Code, n.Name, n.NameZh }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => (r.Code, UiCulture.Pick(r.Name, r.NameZh)))];
    }

    /// <summary>People who can mentor: active engineers and above, by name.</summary>
    public async Task<List<(int Id, string Label)>> MentorCandidatesAsync(CancellationToken ct = default)
    {
        var engineersAndAbove = ProfessionalTitles.AtLeast(ProfessionalTitle.Engineer);
        var rows = await db.EmployeeRefs.AsNoTracking().Where(e => e.Status == EmployeeStatus.Active && engineersAndAbove.Contains(e.Title))
            .Select(e => new { e.Id, e.GivenName, e.FamilyName, e.ChineseName, e.EmployeeNumber, e.Position }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, $"{ProgramText.Person(r.GivenName, r.FamilyName, r.ChineseName)} · {r.Position} ({r.EmployeeNumber})")).OrderBy(r => r.Item2, StringComparer.CurrentCulture)];
    }

    /// <summary>Current participants, for enrolling them in training.</summary>
    public async Task<List<(int EmployeeId, string Label)>> ParticipantsAsync(CancellationToken ct = default)
    {
        var rows = await db.Participants.AsNoTracking().Where(p => p.Status == ParticipantStatus.Selected)
            .Select(p => new { p.EmployeeId, p.Employee!.GivenName, p.Employee.FamilyName, p.Employee.ChineseName, p.Employee.EmployeeNumber, Cohort = p.Cohort!.Name }).ToListAsync(ct);
        return [.. rows.Select(r => (r.EmployeeId, $"{ProgramText.Person(r.GivenName, r.FamilyName, r.ChineseName)} ({r.EmployeeNumber}) · {r.Cohort}")).Distinct().OrderBy(r => r.Item2, StringComparer.CurrentCulture)];
    }

    public async Task<List<(string Code, string Name)>> CoursesAsync(CancellationToken ct = default)
    {
        var rows = await db.Courses.AsNoTracking().Select(c => new { c.Code, c.Name, c.NameZh }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => (r.Code, UiCulture.Pick(r.Name, r.NameZh)))];
    }
}
