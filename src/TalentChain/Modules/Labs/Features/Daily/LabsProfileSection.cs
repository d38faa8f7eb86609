using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.Labs.Features.Qualifications;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Labs.Features.Daily;

/// <summary>"Qualifications &amp; lab access" on the profile page, for those who may see the person's qualifications.</summary>
public sealed class LabsProfileSection(TalentChainDbContext db, LabsAccess access, QualificationRecords records, LabsText text, IStringLocalizer<LabsResource> t) : IProfileSection
{
    public async Task<ProfileSection?> ForAsync(int employeeId, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync(viewer, ct);
        if (!await access.MaySeePersonAsync(v, employeeId, ct)) return null;
        var quals = (await records.ViewsAsync(db.QualificationRecords.Where(r => r.EmployeeId == employeeId), ct)).Where(r => r.State is not ("superseded" or "revoked")).ToList();
        var chinese = UiCulture.IsChinese;
        var grants = await db.AccessGrants.AsNoTracking().Include(g => g.LabUnit).Where(g => g.EmployeeId == employeeId && g.Status != GrantStatus.Rejected).OrderBy(g => g.Id).ToListAsync(ct);
        if (quals.Count == 0 && grants.Count == 0) return null;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var q in quals) rows.Add([t["Profile.Qualification"], q.TypeName, $"{LabsText.Date(q.GrantedOn)} – {LabsText.Date(q.ExpiresOn)}", t["State." + q.State]]);
        foreach (var g in grants) rows.Add([t["Profile.Access"], g.LabUnit!.DisplayName(chinese), $"{LabsText.Date(g.StartsOn ?? g.RequestedFrom)} – {LabsText.Date(g.EndsOn ?? g.RequestedTo)}", text.Status(g.Status)]);
        return new ProfileSection("labs", t["Profile.Title"], [t["Profile.Kind"], t["Profile.What"], t["Profile.Period"], t["Profile.Status"]], rows, $"/labs/people/{employeeId}", t["Profile.Link"], 70);
    }
}
