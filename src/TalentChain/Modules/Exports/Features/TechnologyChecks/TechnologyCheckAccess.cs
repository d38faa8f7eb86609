using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Exports.Features.TechnologyChecks;

/// <summary>Who is asking about technology-export checks: their employee, whether they manage checks (trade compliance, administrators), whether they are the technology-transfer office.</summary>
public sealed record TechnologyCheckViewer(ClaimsPrincipal User, int? EmployeeId, bool Officer, bool TransferOffice)
{
    public string Name => User.Identity?.Name ?? "";

    /// <summary>Record level: the officer and the technology-transfer office see every check, the requester theirs; anyone else nothing (404).</summary>
    public bool MaySee(TechnologyExportCheck c) => Officer || TransferOffice || (EmployeeId is { } e && c.RequestedByEmployeeId == e);

    /// <summary>Withdrawing: the officer, or the requester while the check is open.</summary>
    public bool MayWithdraw(TechnologyExportCheck c) => Officer || (EmployeeId is { } e && c.RequestedByEmployeeId == e);
}

/// <summary>Builds the viewer and filters what they may see (every list, export and read goes through <see cref="Visible"/>).</summary>
public sealed class TechnologyCheckAccess(TalentChainDbContext db)
{
    public async Task<TechnologyCheckViewer> ViewerAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var employee = userId is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.EmployeeId).FirstOrDefaultAsync(ct);
        var officer = user.IsInRole(Roles.TradeComplianceOfficer) || user.IsInRole(Roles.Administrator);
        return new TechnologyCheckViewer(user, employee, officer, user.IsInRole(Roles.TechTransferOfficer));
    }

    public IQueryable<TechnologyExportCheck> Visible(TechnologyCheckViewer v)
    {
        var q = db.TechnologyExportChecks.AsQueryable();
        if (v.Officer || v.TransferOffice) return q;
        var e = v.EmployeeId ?? -1;
        return q.Where(c => c.RequestedByEmployeeId == e);
    }
}
