using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Careers.Data;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Careers.Features.Profile;

/// <summary>The person's granted titles and effective appointments on their profile: for them, their line managers, PM/admin; nothing for others.</summary>
internal sealed class CareersProfileSection(TalentChainDbContext db, CareersAccess access, IStringLocalizer<CareersResource> L) : IProfileSection
{
    public async Task<ProfileSection?> ForAsync(int employeeId, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var v = await access.ViewerAsync(viewer, ct);
        if (!await access.SeesPersonAsync(v, employeeId, ct)) return null;
        var titles = await db.TitleApplications.AsNoTracking().Where(a => a.EmployeeId == employeeId && a.Status == TitleApplicationStatus.Granted)
            .Include(a => a.Level!).ThenInclude(l => l.Ladder).OrderByDescending(a => a.GrantedOn).ToListAsync(ct);
        var appointments = await db.Appointments.AsNoTracking().Where(a => a.EmployeeId == employeeId && a.Status == AppointmentStatus.Effective)
            .Include(a => a.Level!).ThenInclude(l => l.Ladder).Include(a => a.OrgUnit).OrderByDescending(a => a.EffectiveOn).ToListAsync(ct);
        if (titles.Count == 0 && appointments.Count == 0) return null;
        var rows = new List<IReadOnlyList<string>>();
        rows.AddRange(titles.Select(t => (IReadOnlyList<string>)[L["Profile.Title"], $"{t.Level!.DisplayName(CareersText.Chinese)} · {CareersText.Name(t.Level.Ladder!.Name, t.Level.Ladder.NameZh)}",
            UiCulture.Iso(t.GrantedOn), t.CertificateNumber ?? ""]));
        rows.AddRange(appointments.Select(a => (IReadOnlyList<string>)[L["Profile.Appointment"], $"{a.Level!.DisplayName(CareersText.Chinese)} · {a.Position} · {a.OrgUnit?.DisplayName(CareersText.Chinese)}",
            UiCulture.Iso(a.EffectiveOn), ""]));
        return new ProfileSection("careers", L["Profile.Section"], [L["Profile.Kind"], L["Profile.What"], L["Profile.Date"], L["Profile.Certificate"]], rows,
            v.Manages ? "/careers" : null, v.Manages ? L["Nav.Careers"].Value : null, 60);
    }
}
