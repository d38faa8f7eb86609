using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TalentChain.Modules.Labs;
using TalentChain.Modules.Labs.Features.Daily;
using TalentChain.Modules.Labs.Features.Grants;
using TalentChain.Modules.Labs.Features.Qualifications;
using TalentChain.Modules.Labs.Features.Units;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Modules.Labs;

/// <summary>The app with the demo enterprise (and its institute) and a fixed clock (2026-06-15), on SQLite.</summary>
public class LabsFactory : TalentChainFactory
{
    public static readonly DateTimeOffset Start = new(2026, 6, 15, 8, 0, 0, TimeSpan.Zero);

    public LabsFactory() : this(DatabaseProvider.Sqlite) { }

    protected LabsFactory(DatabaseProvider provider) : base(provider, 150, new FakeTimeProvider(Start)) { }

    public DateOnly Today => DateOnly.FromDateTime(Clock!.GetUtcNow().UtcDateTime);
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class LabsPostgresFactory : LabsFactory
{
    public LabsPostgresFactory() : base(DatabaseProvider.Postgres) { }
}

/// <summary>A second app for the tests that move the clock (so they do not disturb the others).</summary>
public class LabsClockFactory : LabsFactory
{
    public LabsClockFactory() : base(DatabaseProvider.Sqlite) { }

    protected LabsClockFactory(DatabaseProvider provider) : base(provider) { }
}

public sealed class LabsClockPostgresFactory : LabsClockFactory
{
    public LabsClockPostgresFactory() : base(DatabaseProvider.Postgres) { }
}

/// <summary>Calls shared by the labs tests: signed-in API clients, people without lab data, manual qualifications, the daily task.</summary>
public sealed class LabsDriver(LabsFactory app)
{
    public const string Api = "/api/v1/labs";
    public static readonly byte[] Pdf = "%PDF-1.4\n% certificate\n%%EOF\n"u8.ToArray();
    private readonly Dictionary<string, HttpClient> _clients = [];

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<HttpClient> As(string login)
    {
        if (!_clients.TryGetValue(login, out var c)) _clients[login] = c = await app.ApiClientAsync(login);
        return c;
    }

    /// <summary>Signs in again (API tokens expire after 30 days of the fake clock).</summary>
    public void Forget() => _clients.Clear();

    public Task<int> EmployeeOfAsync(string login) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == login + "@talentchain.demo").Select(u => u.EmployeeId!.Value).FirstAsync());

    /// <summary>An active employee with no account, no lab data and a line manager (a different one per call as each gets data).</summary>
    public Task<(int Id, string Number, int Manager)> FreshAsync(int skip = 0) => app.WithDbAsync(async db =>
    {
        var accounts = await db.Users.Where(u => u.EmployeeId != null).Select(u => u.EmployeeId!.Value).ToListAsync();
        var used = await db.QualificationRecords.Select(r => r.EmployeeId).Union(db.AccessGrants.Select(g => g.EmployeeId)).Union(db.LabManagers.Select(m => m.EmployeeId)).ToListAsync();
        var e = await db.EmployeeRefs.Where(e => e.Status == EmployeeStatus.Active && e.ManagerId != null && !accounts.Contains(e.Id) && !used.Contains(e.Id))
            .OrderByDescending(e => e.Id).Skip(skip).Select(e => new { e.Id, e.EmployeeNumber, e.ManagerId }).FirstAsync();
        return (e.Id, e.EmployeeNumber, e.ManagerId!.Value);
    });

    public Task<int> UnitAsync(string code) => app.WithDbAsync(db => db.LabUnits.Where(u => u.Code == code).Select(u => u.Id).FirstAsync());

    public static MultipartFormDataContent QualificationForm(string type, DateOnly granted, DateOnly? expires, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent { { new StringContent(type), "typeCode" }, { new StringContent(Iso(granted)), "grantedOn" } };
        if (expires is { } e) form.Add(new StringContent(Iso(e)), "expiresOn");
        form.Add(new ByteArrayContent(content), "evidence", fileName);
        return form;
    }

    /// <summary>The security officer records a qualification with a PDF certificate.</summary>
    public async Task<QualificationRecordView> QualifyAsync(int employeeId, string type, DateOnly granted, DateOnly? expires = null) =>
        await ApiAssert.JsonAsync<QualificationRecordView>(await (await As("knowledge")).PostAsync($"{Api}/people/{employeeId}/qualifications",
            QualificationForm(type, granted, expires, "certificate.pdf", Pdf)), HttpStatusCode.Created);

    /// <summary>The security officer asks for access on someone's behalf.</summary>
    public async Task<GrantView> RequestAsync(int employeeId, string unit, DateOnly from, DateOnly to) =>
        await ApiAssert.JsonAsync<GrantView>(await (await As("knowledge")).PostAsJsonAsync($"{Api}/grants",
            new AccessRequestInput(employeeId, await UnitAsync(unit), "Leaching tests / 浸出试验", from, to), ApiJson.Options), HttpStatusCode.Created);

    public async Task<HttpResponseMessage> ApproveAsync(string login, int grantId, DateOnly? start, DateOnly? end) =>
        await (await As(login)).PostAsJsonAsync($"{Api}/grants/{grantId}/approve", new ApproveInput(start, end, null), ApiJson.Options);

    public async Task RunDailyAsync()
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<LabsDailyTask>().RunAsync(CancellationToken.None);
    }

    public async Task<LabRow> LabAsync(string code) => (await (await As("knowledge")).GetJsonAsync<List<LabRow>>($"{Api}/units")).Single(u => u.Code == code);
}
