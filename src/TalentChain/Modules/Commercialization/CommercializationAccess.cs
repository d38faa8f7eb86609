using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization;

/// <summary>The module's authorization policies (role level; record-level checks are <see cref="CommercializationAccess"/>, ADR 0049).</summary>
public static class CommercializationPolicies
{
    /// <summary>Any signed-in user; narrowed per record.</summary>
    public const string Use = "Commercialization.Use";
    /// <summary>The technology-transfer office (成果转化办公室): administrators and technology-transfer officers.</summary>
    public const string Office = "Commercialization.Office";
    /// <summary>The office and IP counsel (知识产权与法务顾问).</summary>
    public const string Counsel = "Commercialization.Counsel";
    /// <summary>The office and finance (财务).</summary>
    public const string Finance = "Commercialization.Finance";
    /// <summary>Counts and sums only, with a minimum group size: the office and executives.</summary>
    public const string Summary = "Commercialization.Summary";

    public static IServiceCollection AddCommercializationPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Use, p => p.RequireAuthenticatedUser())
            .AddPolicy(Office, p => p.RequireRole(Roles.Administrator, Roles.TechTransferOfficer))
            .AddPolicy(Counsel, p => p.RequireRole(Roles.Administrator, Roles.TechTransferOfficer, Roles.IpCounsel))
            .AddPolicy(Finance, p => p.RequireRole(Roles.Administrator, Roles.TechTransferOfficer, Roles.Finance))
            .AddPolicy(Summary, p => p.RequireRole(Roles.Administrator, Roles.TechTransferOfficer, Roles.Executive));
        return services;
    }
}

/// <summary>
/// Who is asking. <see cref="Office"/>: administrators and technology-transfer officers; <see cref="Counsel"/>: IP counsel;
/// <see cref="Security"/>: the knowledge officer (保密); <see cref="Reports"/>: the inventors (among all) the viewer manages.
/// </summary>
public sealed record CommercializationViewer(ClaimsPrincipal User, int? EmployeeId, bool Office, bool Counsel, bool Finance, bool Security, bool Executive)
{
    /// <summary>Of all inventors, those below the viewer in the management chain (line manager's view of non-controlled disclosures).</summary>
    public IReadOnlySet<int> Reports { get; init; } = new HashSet<int>();
    public string Name => User.Identity?.Name ?? "";
    public bool Admin => User.IsInRole(Roles.Administrator);
}

/// <summary>
/// Record-level rules (ADR 0049). The office, IP counsel and administrators see every disclosure; an inventor sees theirs;
/// a member of its evaluation committee sees it while assigned; a line manager sees their reports' non-controlled
/// disclosures (title and status only); the knowledge officer sees controlled ones; executives see counts only; anyone
/// else gets 404. A controlled disclosure is visible only to its inventors, the office, IP counsel assigned to it (a legal
/// request about it), its committee members, the knowledge officer and administrators.
/// </summary>
public sealed class CommercializationAccess(TalentChainDbContext db, IManagementChain chain)
{
    public async Task<CommercializationViewer> ViewerAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var employee = userId is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.EmployeeId).FirstOrDefaultAsync(ct);
        var office = user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.TechTransferOfficer);
        IReadOnlySet<int> reports = new HashSet<int>();
        if (!office && employee is { } me)
        {
            var inventors = await db.DisclosureInventors.AsNoTracking().Select(i => i.EmployeeId).Distinct().ToListAsync(ct);
            inventors.Remove(me);
            if (inventors.Count > 0) reports = await chain.ManagedAmongAsync(me, inventors, ct);
        }
        return new CommercializationViewer(user, employee, office, user.IsInRole(Roles.IpCounsel), user.IsInRole(Roles.Finance),
            user.IsInRole(Roles.KnowledgeOfficer), user.IsInRole(Roles.Executive)) { Reports = reports };
    }

    /// <summary>The disclosures the viewer may see (composable: every list, search and export starts here).</summary>
    public IQueryable<Disclosure> VisibleDisclosures(CommercializationViewer v)
    {
        var all = db.Disclosures.AsNoTracking();
        if (v.Office) return all;
        var me = v.EmployeeId ?? -1;
        var reports = v.Reports.ToList();
        var counsel = v.Counsel;
        var security = v.Security;
        // Extension properties cannot appear inside an expression tree: take the sets first.
        IQueryable<EvaluationMember> members = db.EvaluationMembers;
        IQueryable<LegalRequest> legal = db.LegalRequests;
        return all.Where(d =>
            d.Inventors.Any(i => i.EmployeeId == me)
            || members.Any(m => m.EmployeeId == me && m.Evaluation!.DisclosureId == d.Id)
            || (counsel && (!d.Controlled || legal.Any(r => r.DisclosureId == d.Id && r.CounselEmployeeId == me)))
            || (security && d.Controlled)
            || (!d.Controlled && d.Inventors.Any(i => reports.Contains(i.EmployeeId))));
    }

    public Task<bool> MaySeeDisclosureAsync(CommercializationViewer v, int disclosureId, CancellationToken ct = default) =>
        VisibleDisclosures(v).AnyAsync(d => d.Id == disclosureId, ct);

    /// <summary>Sees more than title and status: everyone who may see it except a line manager who is nothing else to it.</summary>
    public async Task<bool> MayReadFullAsync(CommercializationViewer v, int disclosureId, CancellationToken ct = default)
    {
        if (v.Office) return true;
        var restricted = v with { Reports = new HashSet<int>() };
        return await VisibleDisclosures(restricted).AnyAsync(d => d.Id == disclosureId, ct);
    }
}
