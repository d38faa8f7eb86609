using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Education.Features.Degrees;

/// <summary>The person's degrees and their milestones on the profile page: for the person, their line managers and HR.</summary>
public sealed class EducationProfileSection(TalentChainDbContext db, EducationAccess access, EducationText text, IStringLocalizer<EducationResource> e, TimeProvider clock) : IProfileSection
{
    public async Task<ProfileSection?> ForAsync(int employeeId, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync(viewer, ct);
        if (!(v.Hr || v.EmployeeId == employeeId || await access.IsLineManagerOfAsync(v, employeeId, ct))) return null;
        var degrees = await db.Degrees.AsNoTracking().Include(d => d.University).Include(d => d.Milestones)
            .Where(d => d.EmployeeId == employeeId && d.Status != DegreeStatus.Rejected).OrderBy(d => d.StartDate).ToListAsync(ct);
        if (degrees.Count == 0) return null;
        var today = clock.Today();
        var chinese = UiCulture.IsChinese;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var d in degrees)
        {
            var milestones = string.Join("; ", d.Milestones.OrderBy(m => m.Kind).Select(m =>
                $"{text.Milestone(m.Kind)} {EducationText.Date(m.CompletedOn ?? m.DueDate)}" +
                (m.CompletedOn is not null ? " ✓" : m.IsOverdue(today) && d.Status == DegreeStatus.Active ? " " + e["Milestone.OverdueFlag"] : "")));
            rows.Add([text.Level(d.Level), d.University!.DisplayName(chinese), d.Programme, $"{EducationText.Date(d.StartDate)} – {EducationText.Date(d.ConferredOn ?? d.ExpectedEnd)}",
                text.Status(d.Status), milestones]);
        }
        return new ProfileSection("education", e["Profile.Title"], [e["Degree.Level"], e["Degree.University"], e["Degree.Programme"], e["Degree.Period"], e["Degree.Status"], e["Degree.Milestones"]],
            rows, "/education", e["Profile.Link"], 60);
    }
}
