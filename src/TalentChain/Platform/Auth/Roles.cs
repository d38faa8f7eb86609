using Microsoft.EntityFrameworkCore;

namespace TalentChain.Platform.Auth;

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string ProgramManager = nameof(ProgramManager);
    public const string Participant = nameof(Participant);
    public const string Mentor = nameof(Mentor);
    public const string LineManager = nameof(LineManager);
    public const string KnowledgeOfficer = nameof(KnowledgeOfficer);
    public const string TradeComplianceOfficer = nameof(TradeComplianceOfficer);
    public const string Executive = nameof(Executive);
    /// <summary>Finance: pays approved claims (e.g. tuition reimbursements) and records repayments.</summary>
    public const string Finance = nameof(Finance);
    /// <summary>The technology-transfer office (成果转化办公室/技术转移中心): disclosures, evaluations, patents, deals.</summary>
    public const string TechTransferOfficer = nameof(TechTransferOfficer);
    /// <summary>IP and legal counsel (知识产权与法务顾问): legal requests, patent prosecution.</summary>
    public const string IpCounsel = nameof(IpCounsel);

    public static readonly IReadOnlyList<string> All =
        [Administrator, ProgramManager, Participant, Mentor, LineManager, KnowledgeOfficer, TradeComplianceOfficer, Executive, Finance, TechTransferOfficer, IpCounsel];
}

/// <summary>
/// Named authorization policies. Every page and endpoint names one (or is explicitly anonymous); the fallback
/// policy refuses everything else, and a test enumerates the endpoints to keep it so.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user: the work directory, own profile, own tokens.</summary>
    public const string SignedIn = nameof(SignedIn);
    /// <summary>HR data: full profiles with timelines, edits of people and org units.</summary>
    public const string PeopleManage = "People.Manage";
    /// <summary>Taxonomy and proficiency definitions.</summary>
    public const string TaxonomyManage = "Taxonomy.Manage";
    /// <summary>Spreadsheet imports.</summary>
    public const string Import = nameof(Import);
    /// <summary>The audit log.</summary>
    public const string AuditRead = "Audit.Read";
    /// <summary>Administration: users, roles, settings.</summary>
    public const string Administer = nameof(Administer);

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions o)
    {
        o.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        o.AddPolicy(PeopleManage, p => p.RequireRole(Roles.Administrator, Roles.ProgramManager));
        o.AddPolicy(TaxonomyManage, p => p.RequireRole(Roles.Administrator));
        o.AddPolicy(Import, p => p.RequireRole(Roles.Administrator, Roles.ProgramManager));
        o.AddPolicy(AuditRead, p => p.RequireRole(Roles.Administrator));
        o.AddPolicy(Administer, p => p.RequireRole(Roles.Administrator));
        // Deny by default: an endpoint that names no policy is refused for everyone.
        o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
            .RequireAssertion(_ => false)
            .Build();
    }
}

/// <summary>Whether the installation has anyone who can administer it.</summary>
public static class Administrators
{
    public static Task<bool> AnyAsync(Data.TalentChainDbContext db, CancellationToken ct = default) =>
        (from ur in db.UserRoles
         join r in db.Roles on ur.RoleId equals r.Id
         where r.Name == Roles.Administrator
         select ur.UserId).AnyAsync(ct);
}
