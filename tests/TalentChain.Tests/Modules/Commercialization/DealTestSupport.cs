using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TalentChain.Modules.Commercialization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.GoToMarket;
using TalentChain.Modules.Commercialization.Features.Revenue;
using TalentChain.Modules.Commercialization.Features.Rewards;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Commercialization;

/// <summary>
/// Stands in for Exports' technology-export check in these tests: opens checks in review, and the test clears them. (The
/// real check is Exports'; these tests are about what the deal does with the answer.)
/// </summary>
public sealed class FakeExportChecks : ITechnologyExportChecks
{
    private readonly ConcurrentDictionary<int, TechnologyExportCheckInfo> _checks = new();
    private readonly ConcurrentDictionary<string, int> _bySource = new();
    private int _next;

    public Task<TechnologyExportCheckInfo> RequestAsync(TechnologyExportRequest request, CancellationToken ct = default)
    {
        if (_bySource.TryGetValue(request.SourceKey, out var open)) return Task.FromResult(_checks[open]);
        var id = Interlocked.Increment(ref _next);
        var info = new TechnologyExportCheckInfo(id, $"TX-2026-{id:0000}", TechnologyExportCheckStatus.InReview, TechnologyExportCategory.Unclassified,
            Label(TechnologyExportCheckStatus.InReview), null, null, $"/exports/technology-checks/{id}");
        _checks[id] = info;
        _bySource[request.SourceKey] = id;
        Requests.Add(request);
        return Task.FromResult(info);
    }

    public Task<IReadOnlyDictionary<int, TechnologyExportCheckInfo>> GetAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyDictionary<int, TechnologyExportCheckInfo>>(ids.Where(_checks.ContainsKey).ToDictionary(i => i, i => _checks[i] with { StatusLabel = Label(_checks[i].Status) }));

    public ConcurrentBag<TechnologyExportRequest> Requests { get; } = [];

    public void Decide(int id, TechnologyExportCheckStatus status) => _checks[id] = _checks[id] with { Status = status, DecidedOn = new DateOnly(2026, 6, 15) };

    private static string Label(TechnologyExportCheckStatus s) => (CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal), s) switch
    {
        (true, TechnologyExportCheckStatus.InReview) => "审查中",
        (true, TechnologyExportCheckStatus.Cleared) => "已通过",
        (false, TechnologyExportCheckStatus.InReview) => "In review",
        (false, TechnologyExportCheckStatus.Cleared) => "Cleared",
        _ => s.ToString(),
    };
}

/// <summary>The demo enterprise with a fixed clock (2026-06-15) and the stand-in export check, on SQLite.</summary>
public class DealsFactory : TalentChainFactory
{
    public static readonly DateTimeOffset Start = new(2026, 6, 15, 8, 0, 0, TimeSpan.Zero);
    public FakeExportChecks ExportChecks { get; } = new();

    public DealsFactory() : this(DatabaseProvider.Sqlite) { }

    protected DealsFactory(DatabaseProvider provider) : base(provider, 150, new FakeTimeProvider(Start)) { }

    public DateOnly Today => DateOnly.FromDateTime(Clock!.GetUtcNow().UtcDateTime);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<ITechnologyExportChecks>(ExportChecks));
    }
}

public sealed class DealsPostgresFactory : DealsFactory
{
    public DealsPostgresFactory() : base(DatabaseProvider.Postgres) { }
}

/// <summary>Calls shared by the deal and reward tests: signed-in API clients, disclosures with inventors, a signed deal with revenue.</summary>
public sealed class DealsDriver(DealsFactory app)
{
    public const string Api = "/api/v1/commercialization";
    private readonly Dictionary<string, HttpClient> _clients = [];
    private static int _sequence;

    public async Task<HttpClient> As(string login)
    {
        if (!_clients.TryGetValue(login, out var c)) _clients[login] = c = await app.ApiClientAsync(login);
        return c;
    }

    public Task<int> EmployeeOfAsync(string login) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == login + "@talentchain.demo").Select(u => u.EmployeeId!.Value).FirstAsync());

    /// <summary>A decided disclosure by the given inventors with their shares, written directly (the disclosure workflow is tested elsewhere).</summary>
    public Task<int> DisclosureAsync((int EmployeeId, decimal Share)[] inventors, bool controlled = false) => app.WithDbAsync(async db =>
    {
        var n = Interlocked.Increment(ref _sequence);
        var d = new Disclosure
        {
            Number = $"ID-2026-9{n:000}", Title = $"Test result {n}", TitleZh = $"测试成果{n}", Abstract = "Test.", Status = DisclosureStatus.Decided,
            Sensitivity = controlled ? DisclosureSensitivity.Controlled : DisclosureSensitivity.Internal, Controlled = controlled,
            ConceptionDate = new DateOnly(2025, 3, 1), DisclosureDate = new DateOnly(2025, 4, 1), Segment = ChainSegment.MagnetsFunctional,
            Decision = DisclosureDecision.FilePatent, CreatedBy = "test", CreatedAt = DealsFactory.Start,
        };
        foreach (var (e, s) in inventors) d.Inventors.Add(new DisclosureInventor { EmployeeId = e, SharePercent = s });
        db.Disclosures.Add(d);
        await db.SaveChangesAsync();
        return d.Id;
    });

    /// <summary>Three inventors without accounts (33.3/33.3/33.4), plus optionally an account holder first.</summary>
    public Task<List<int>> PeopleAsync(int count, int skip = 0) => app.WithDbAsync(db =>
    {
        var accounts = db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value);
        return db.EmployeeRefs.Where(e => e.Status == EmployeeStatus.Active && !accounts.Contains(e.Id)).OrderBy(e => e.Id).Skip(skip).Take(count).Select(e => e.Id).ToListAsync();
    });

    public async Task<ProjectView> ProjectAsync(int disclosureId, DealKind route, int? owner = null, string? country = "CN")
    {
        owner ??= await EmployeeOfAsync("tto");
        return await ApiAssert.JsonAsync<ProjectView>(await (await As("tto")).PostAsJsonAsync($"{Api}/projects",
            new ProjectInput("Grain-boundary diffusion", "晶界扩散", null, route, null, owner, "Counterparty", country, [disclosureId]), ApiJson.Options), HttpStatusCode.Created);
    }

    public async Task<DealView> DealAsync(int projectId, DealKind kind, string country, decimal? agreed = null)
    {
        var n = Interlocked.Increment(ref _sequence);
        return await ApiAssert.JsonAsync<DealView>(await (await As("tto")).PostAsJsonAsync($"{Api}/deals",
            new DealInput(projectId, kind, country == "CN" ? "宁波某磁材公司" : "Magnetwerk Hanau GmbH", country, $"C-2026-{n:0000}", null, agreed), ApiJson.Options), HttpStatusCode.Created);
    }

    public async Task<HttpResponseMessage> SignAsync(int dealId, string login = "tto", string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/deals/{dealId}/sign") { Content = JsonContent.Create(new SignInput(null), options: ApiJson.Options) };
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        return await (await As(login)).SendAsync(request);
    }

    public async Task<RevenueRow> RevenueAsync(int dealId, decimal amount, decimal costs = 0, string login = "finance", RevenueKind kind = RevenueKind.LicenceFee, DateOnly? on = null) =>
        await ApiAssert.JsonAsync<RevenueRow>(await (await As(login)).PostAsJsonAsync($"{Api}/deals/{dealId}/revenue",
            new RevenueInput(on ?? app.Today, kind, amount, LegalCostCny: costs), ApiJson.Options), HttpStatusCode.Created);

    /// <summary>A signed domestic licence on a new disclosure with the given inventors, with income and costs recorded by finance.</summary>
    public async Task<DealView> SignedLicenceAsync((int, decimal)[] inventors, decimal income, decimal costs, bool controlled = false)
    {
        var project = await ProjectAsync(await DisclosureAsync(inventors, controlled), DealKind.Licence);
        var deal = await DealAsync(project.Id, DealKind.Licence, "CN");
        Assert.Equal(HttpStatusCode.OK, (await SignAsync(deal.Id)).StatusCode);
        await RevenueAsync(deal.Id, income, costs);
        return deal;
    }

    public async Task<HttpResponseMessage> ProposeAsync(int dealId, decimal amount, string login = "tto", int? year = null) =>
        await (await As(login)).PostAsJsonAsync($"{Api}/rewards", new RewardInput(dealId, year, amount), ApiJson.Options);
}
