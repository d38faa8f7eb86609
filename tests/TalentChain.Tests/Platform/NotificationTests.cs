using System.Net.Http.Json;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentChain.Modules.People;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;
using TalentChain.Platform.Demo;
using TalentChain.Platform.Notifications;
using TalentChain.Tests.Infrastructure;

namespace TalentChain.Tests.Platform;

/// <summary>The app with its e-mail sink in a private temporary folder.</summary>
public class MailSinkFactory : TalentChainFactory
{
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "tc-mail-" + Guid.NewGuid().ToString("N"));

    public MailSinkFactory() { }

    protected MailSinkFactory(DatabaseProvider provider) : base(provider) { }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:PickupDirectory", MailDirectory);
        builder.UseSetting("Email:BaseUrl", "https://talent.example.test");
    }

    public string[] Mails() => Directory.Exists(MailDirectory) ? Directory.GetFiles(MailDirectory, "*.eml") : [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(MailDirectory)) Directory.Delete(MailDirectory, recursive: true);
    }
}

public sealed class PostgresMailSinkFactory : MailSinkFactory
{
    public PostgresMailSinkFactory() : base(DatabaseProvider.Postgres) { }
}

public abstract class NotificationTests(MailSinkFactory app)
{
    private sealed record ListDto(int Unread, List<ItemDto> Items);
    private sealed record ItemDto(long Id, string Kind, string Subject, string Body, string? Link, DateTimeOffset? ReadAt);

    private async Task<(AppUser User, int EmployeeId)> AccountAsync(string login) => await app.WithDbAsync(async db =>
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == login + DemoSeeder.EmailDomain);
        return (user, user.EmployeeId!.Value);
    });

    /// <summary>Notifies through a fresh scope and saves, as a handler would.</summary>
    private async Task NotifyEmployeeAsync(int employeeId, string dedup, params object?[] args)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TalentChainDbContext>();
        var notifier = scope.ServiceProvider.GetRequiredService<INotifier>();
        await notifier.NotifyEmployeeAsync<SharedResource>(employeeId, "Notifications.Title", "Notifications.NotFound", args, "/people/" + employeeId, dedup);
        // The same key again in the same unit of work is dropped too.
        await notifier.NotifyEmployeeAsync<SharedResource>(employeeId, "Notifications.Title", "Notifications.NotFound", args, "/people/" + employeeId, dedup);
        await db.SaveChangesAsync();
    }

    private async Task<int> DispatchAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MailOutbox>().DispatchAsync();
    }

    [Fact]
    public async Task EmployeeNotification_Repeated_IsRenderedOnceInRecipientsLanguage()
    {
        var (user, employeeId) = await AccountAsync("mentor");
        await app.WithDbAsync(async db => await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, "zh-CN")));
        var key = "test:" + Guid.NewGuid().ToString("N");

        await NotifyEmployeeAsync(employeeId, key, 4711);
        await NotifyEmployeeAsync(employeeId, key, 4711); // a reminder job running twice

        var api = await app.ApiClientAsync("mentor");
        var list = await api.GetFromJsonAsync<ListDto>("/api/v1/notifications?unreadOnly=true", ApiJson.Options);
        var mine = Assert.Single(list!.Items, i => i.Body.Contains("4711", StringComparison.Ordinal));
        Assert.Equal("通知", mine.Subject);
        Assert.Equal("未找到通知 4711。", mine.Body);
        Assert.Equal($"/people/{employeeId}", mine.Link);

        var browser = await app.SignInAsync("mentor");
        var page = await browser.GetHtmlAsync("/notifications");
        Assert.Equal(list.Unread.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#bell-count")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"#notifications li[data-id='{mine.Id}'].list-group-item-primary"));

        // Opening it marks it read and follows its link.
        var open = await browser.PostFormAsync($"/notifications?handler=Open&id={mine.Id}", [], tokenFrom: "/notifications");
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal($"/people/{employeeId}", open.Headers.Location!.OriginalString);
        var after = await api.GetFromJsonAsync<ListDto>("/api/v1/notifications", ApiJson.Options);
        Assert.NotNull(after!.Items.Single(i => i.Id == mine.Id).ReadAt);
        Assert.Equal(list.Unread - 1, after.Unread);
    }

    [Fact]
    public async Task Outbox_PendingMail_WritesOneEmlPerRecipientOnce()
    {
        var (_, employeeId) = await AccountAsync("knowledge");
        var email = await app.WithDbAsync(db => db.Employees.Where(e => e.Id == employeeId).Select(e => e.Email).SingleAsync());
        await DispatchAsync(); // whatever other tests left pending
        var before = app.Mails().Length;

        await NotifyEmployeeAsync(employeeId, "test:" + Guid.NewGuid().ToString("N"), 99);
        Assert.Equal(1, await DispatchAsync());
        Assert.Equal(0, await DispatchAsync());

        var files = app.Mails();
        Assert.Equal(before + 1, files.Length);
        var mail = files.Select(File.ReadAllText).Single(t => t.Contains("talent.example.test/people/" + employeeId, StringComparison.Ordinal));
        Assert.Contains("To: " + email, mail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no-reply@talentchain.local", mail, StringComparison.Ordinal);
        var sent = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.EmployeeId == employeeId).OrderByDescending(n => n.Id).FirstAsync());
        Assert.NotNull(sent.EmailSentAt);
        Assert.Equal(1, sent.EmailAttempts);
    }

    [Fact]
    public async Task EmployeeWithoutAccount_GetsAnEmailOnly_AndRoleNotificationsReachEveryHolder()
    {
        var withoutAccount = await app.WithDbAsync(db => db.Employees.AsNoTracking()
            .Where(e => e.Email != null && !db.Users.Any(u => u.EmployeeId == e.Id)).OrderBy(e => e.Id).Select(e => new { e.Id, e.Email }).FirstAsync());
        // Its own notification, found by its key: the demo or another test may have notified the same person before.
        var ownKey = "test:" + Guid.NewGuid().ToString("N");
        await NotifyEmployeeAsync(withoutAccount.Id, ownKey, 1);
        var row = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.EmployeeId == withoutAccount.Id && n.DedupKey == ownKey).SingleAsync());
        Assert.Equal(("employee:" + withoutAccount.Id, null, withoutAccount.Email), (row.Recipient, row.UserId, row.EmailTo));

        var key = "role:" + Guid.NewGuid().ToString("N");
        using (var scope = app.Services.CreateScope())
        {
            var notifier = scope.ServiceProvider.GetRequiredService<INotifier>();
            await notifier.NotifyRoleAsync<SharedResource>(Roles.TradeComplianceOfficer, "Notifications.Title", "Notifications.NotFound", [7], null, key);
            await scope.ServiceProvider.GetRequiredService<TalentChainDbContext>().SaveChangesAsync();
        }
        var holders = await app.WithDbAsync(db =>
            (from u in db.Users join ur in db.UserRoles on u.Id equals ur.UserId join r in db.Roles on ur.RoleId equals r.Id
             where r.Name == Roles.TradeComplianceOfficer select u.Id).ToListAsync());
        var recipients = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.DedupKey == key).Select(n => n.UserId!).ToListAsync());
        Assert.NotEmpty(holders);
        Assert.Equal(holders.Order(), recipients.Order());
    }

    [Fact]
    public async Task NotificationsApi_MarkSomeoneElses_Is404()
    {
        var (_, employeeId) = await AccountAsync("participant");
        await NotifyEmployeeAsync(employeeId, "test:" + Guid.NewGuid().ToString("N"), 5);
        var id = await app.WithDbAsync(db => db.Notifications.Where(n => n.EmployeeId == employeeId).OrderByDescending(n => n.Id).Select(n => n.Id).FirstAsync());

        var other = await app.ApiClientAsync("exec");
        var denied = await other.PostAsync($"/api/v1/notifications/{id}/read", null);
        Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
        Assert.Contains("application/problem+json", denied.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync()));

        var owner = await app.ApiClientAsync("participant");
        var changed = await (await owner.PostAsync("/api/v1/notifications/read-all", null)).Content.ReadFromJsonAsync<int>();
        Assert.True(changed >= 1);
        Assert.Equal(0, (await owner.GetFromJsonAsync<ListDto>("/api/v1/notifications", ApiJson.Options))!.Unread);
    }

    [Fact]
    public async Task PeriodicTasks_ByRole_OnlyAdminListsAndRuns()
    {
        var admin = await app.ApiClientAsync("admin");
        var list = await admin.GetStringAsync("/api/v1/admin/periodic-tasks");
        Assert.Contains("mail.outbox", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/v1/admin/periodic-tasks/mail.outbox/run", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/admin/periodic-tasks/no-such-task/run", null)).StatusCode);
        var participant = await app.ApiClientAsync("participant");
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsync("/api/v1/admin/periodic-tasks/mail.outbox/run", null)).StatusCode);
    }
}

public sealed class SqliteNotificationTests(MailSinkFactory app) : NotificationTests(app), IClassFixture<MailSinkFactory>;

public sealed class PostgresNotificationTests(PostgresMailSinkFactory app) : NotificationTests(app), IClassFixture<PostgresMailSinkFactory>;
