using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.Disclosures;
using TalentChain.Modules.Commercialization.Features.Patents;
using TalentChain.Modules.Knowledge.Contracts;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Commercialization;

/// <summary>
/// Knowledge's register as the tests need it: the technologies whose codes are listed are covered (Controlled ones
/// marked), trade secrets are recorded (and saved through the shared context, as the contract says), and a registration
/// can be made to fail after saving — to prove the decision and the registration are one transaction.
/// </summary>
public sealed class FakeRegister
{
    public static readonly string[] ControlledCodes = ["SEP.SX.HEAVY"];
    public List<TradeSecretInput> Registered { get; } = [];
    public bool FailAfterSave { get; set; }
}

internal sealed class FakeRegisterService(FakeRegister state, TalentChainDbContext db) : ICriticalTechnologyRegister
{
    public async Task<IReadOnlyList<RegisteredTechnology>> CoveringAsync(IReadOnlyCollection<int> taxonomyNodeIds, CancellationToken ct = default)
    {
        var ids = taxonomyNodeIds.ToList();
        var nodes = await db.TaxonomyRefs.AsNoTracking().Where(n => ids.Contains(n.Id) && FakeRegister.ControlledCodes.Contains(n.Code)).ToListAsync(ct);
        return [.. nodes.Select(n => new RegisteredTechnology(1000 + n.Id, n.Id, "CT-" + n.Code, n.Name, n.Segment, true))];
    }

    public async Task<TradeSecretRegistration> RegisterTradeSecretAsync(TradeSecretInput input, CancellationToken ct = default)
    {
        db.RecordAuditEvent("FakeTradeSecret", input.Code, new Dictionary<string, string?> { ["Holders"] = string.Join(",", input.HolderEmployeeIds) });
        await db.SaveChangesAsync(ct);
        if (state.FailAfterSave)
            throw TalentChain.Platform.Web.ValidationFailedException.For("Register refused", "HolderEmployeeIds", "A holder is leaving the company.");
        state.Registered.Add(input);
        return new TradeSecretRegistration(77, input.Code, "/knowledge/access/77");
    }
}

/// <summary>The app with the demo enterprise, a fixed clock (2026-06-15) and the fake register, on SQLite.</summary>
public class CommercializationFactory : TalentChainFactory
{
    public static readonly DateTimeOffset Start = new(2026, 6, 15, 8, 0, 0, TimeSpan.Zero);
    public FakeRegister Register { get; } = new();

    public CommercializationFactory() : this(DatabaseProvider.Sqlite) { }

    protected CommercializationFactory(DatabaseProvider provider) : base(provider, 150, new FakeTimeProvider(Start)) { }

    public DateOnly Today => DateOnly.FromDateTime(Clock!.GetUtcNow().UtcDateTime);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton(Register);
            s.AddScoped<ICriticalTechnologyRegister, FakeRegisterService>();
        });
    }
}

public sealed class CommercializationPostgresFactory : CommercializationFactory
{
    public CommercializationPostgresFactory() : base(DatabaseProvider.Postgres) { }
}

/// <summary>Calls shared by the commercialization tests.</summary>
public sealed class CommercializationDriver(CommercializationFactory app)
{
    public const string Api = "/api/v1/commercialization";
    private readonly Dictionary<string, HttpClient> _clients = [];

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<HttpClient> As(string login)
    {
        if (!_clients.TryGetValue(login, out var c)) _clients[login] = c = await app.ApiClientAsync(login);
        return c;
    }

    /// <summary>Signs in again (API tokens expire after 30 days of the fake clock).</summary>
    public void Forget() => _clients.Clear();

    public Task<(int Id, string Number)> AccountAsync(string login) =>
        app.WithDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == login + "@talentchain.demo").Select(u => u.EmployeeId!.Value).FirstAsync();
            return (id, await db.EmployeeRefs.Where(e => e.Id == id).Select(e => e.EmployeeNumber).FirstAsync());
        });

    /// <summary>Active employees without an account (and not the given ones), newest first.</summary>
    public Task<List<(int Id, string Number, int? Manager)>> PeopleAsync(int count, params int[] except) => app.WithDbAsync(async db =>
    {
        var accounts = await db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToListAsync();
        var rows = await db.EmployeeRefs.Where(e => e.Status == EmployeeStatus.Active && !accounts.Contains(e.Id) && !except.Contains(e.Id))
            .OrderByDescending(e => e.Id).Take(count).Select(e => new { e.Id, e.EmployeeNumber, e.ManagerId }).ToListAsync();
        return rows.Select(r => (r.Id, r.EmployeeNumber, r.ManagerId)).ToList();
    });

    /// <summary>An active report (no account) of the employee.</summary>
    public Task<(int Id, string Number)> ReportOfAsync(int managerId) => app.WithDbAsync(async db =>
    {
        var accounts = await db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToListAsync();
        var e = await db.EmployeeRefs.Where(e => e.ManagerId == managerId && e.Status == EmployeeStatus.Active && !accounts.Contains(e.Id)).OrderBy(e => e.Id).FirstAsync();
        return (e.Id, e.EmployeeNumber);
    });

    public static DisclosureInput Input(string title, IEnumerable<(string Number, decimal Share)> inventors, DateOnly conceived, params string[] technologies) =>
        new(title, "测试成果 " + title, "Abstract of " + title, [.. inventors.Select(i => new InventorInput(i.Number, i.Share))], [.. technologies], conceived,
            ChainSegment.Separation, DisclosureSensitivity.Confidential);

    public async Task<DisclosureView> CreateAsync(string login, DisclosureInput input) =>
        await ApiAssert.JsonAsync<DisclosureView>(await (await As(login)).PostAsJsonAsync($"{Api}/disclosures", input, ApiJson.Options), HttpStatusCode.Created);

    public async Task<DisclosureView> SubmitAsync(string login, int id) =>
        await ApiAssert.JsonAsync<DisclosureView>(await (await As(login)).PostAsync($"{Api}/disclosures/{id}/submit", null), HttpStatusCode.OK);

    public async Task RunDailyAsync()
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IpDeadlineReminders>().RunAsync(CancellationToken.None);
    }
}
