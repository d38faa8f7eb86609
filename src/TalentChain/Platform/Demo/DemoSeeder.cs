using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";
    /// <summary>
    /// Load the demo enterprise and its accounts when the database is empty. Off unless asked for:
    /// appsettings.Development.json turns it on for <c>dotnet run</c>; elsewhere set <c>Demo__SeedOnStartup=true</c>.
    /// </summary>
    public bool SeedOnStartup { get; set; }
    public int Employees { get; set; } = 2000;
    public int Seed { get; set; } = 20260401;
}

/// <summary>What demo data a module adds; contributors run in <see cref="Order"/>, each given the same seed.</summary>
public interface IDemoDataContributor
{
    int Order { get; }
    Task SeedAsync(DemoRun run, CancellationToken ct);
}

/// <summary>The state shared by the contributors of one demo load.</summary>
public sealed class DemoRun(TalentChainDbContext db, int employees, int seed)
{
    public TalentChainDbContext Db { get; } = db;
    public int Employees { get; } = employees;
    public int Seed { get; } = seed;
    /// <summary>Employee ids the demo accounts are linked to, by role (filled by the People contributor).</summary>
    public Dictionary<string, int> AccountEmployees { get; } = [];
}

/// <summary>Loads the demo enterprise (deterministic for a seed) and one demo account per role.</summary>
public sealed class DemoSeeder(
    TalentChainDbContext db,
    IEmployeeRegistry registry,
    IEnumerable<IDemoDataContributor> contributors,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles)
{
    public const string EmailDomain = "@talentchain.demo";
    public const string DemoPassword = "TalentChain!2026";

    /// <summary>The demo accounts: e-mail local part and role.</summary>
    public static readonly IReadOnlyList<(string Login, string Role, string DisplayName)> Accounts =
    [
        ("admin", Roles.Administrator, "Demo Administrator"),
        ("pm", Roles.ProgramManager, "Demo Program Manager"),
        ("participant", Roles.Participant, "Demo Participant"),
        ("mentor", Roles.Mentor, "Demo Mentor"),
        ("manager", Roles.LineManager, "Demo Line Manager"),
        ("knowledge", Roles.KnowledgeOfficer, "Demo Knowledge Officer"),
        ("trade", Roles.TradeComplianceOfficer, "Demo Trade-Compliance Officer"),
        ("exec", Roles.Executive, "Demo Executive"),
        ("finance", Roles.Finance, "Demo Finance Officer"),
        ("tto", Roles.TechTransferOfficer, "Demo Technology-Transfer Officer"),
        ("counsel", Roles.IpCounsel, "Demo IP Counsel"),
    ];

    public async Task<bool> SeedIfEmptyAsync(int employees, int seed, CancellationToken ct = default)
    {
        if (await registry.AnyAsync(ct)) return false;
        await SeedAsync(employees, seed, ct);
        return true;
    }

    public async Task SeedAsync(int employees, int seed, CancellationToken ct = default)
    {
        await EnsureRolesAsync(roles);
        var run = new DemoRun(db, employees, seed);
        // Bulk demo load: one summary audit event instead of a row per generated record.
        db.AuditRowChanges = false;
        try
        {
            foreach (var c in contributors.OrderBy(c => c.Order)) await c.SeedAsync(run, ct);
        }
        finally
        {
            db.AuditRowChanges = true;
        }
        foreach (var (login, role, name) in Accounts)
        {
            var email = login + EmailDomain;
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                EmployeeId = run.AccountEmployees.TryGetValue(role, out var id) ? id : null,
            };
            // The demo password is published, so the password validators refuse it for every real account; the demo
            // accounts get it by hash, past the validators.
            user.PasswordHash = users.PasswordHasher.HashPassword(user, DemoPassword);
            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, role));
        }
        db.RecordAuditEvent("DemoData", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new Dictionary<string, string?> { ["Employees"] = employees.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync(ct);
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
