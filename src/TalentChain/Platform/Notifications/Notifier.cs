using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Notifications;

/// <summary>
/// Sends in-app notifications and e-mails. Messages are rendered from the caller's resource in each recipient's
/// preferred language; rows are added to the caller's DbContext and saved with the caller's SaveChanges (so a
/// notification exists exactly when the change that caused it does); e-mails leave through the outbox afterwards.
/// </summary>
public interface INotifier
{
    /// <summary>To every account linked to the employee (in-app) and to the employee's e-mail address (or the account's).</summary>
    Task NotifyEmployeeAsync<TResource>(int employeeId, string subjectKey, string bodyKey, object?[] args, string? link, string? dedupKey = null, CancellationToken ct = default);

    /// <summary>To every account holding the role (in-app and e-mail).</summary>
    Task NotifyRoleAsync<TResource>(string role, string subjectKey, string bodyKey, object?[] args, string? link, string? dedupKey = null, CancellationToken ct = default);
}

internal sealed class Notifier(
    TalentChainDbContext db,
    IEmployeeRegistry employees,
    IStringLocalizerFactory localizers,
    IOptions<RequestLocalizationOptions> localization) : INotifier
{
    private sealed record Target(string Recipient, string? UserId, int? EmployeeId, string? Email, string? Culture);

    public async Task NotifyEmployeeAsync<TResource>(int employeeId, string subjectKey, string bodyKey, object?[] args, string? link, string? dedupKey = null, CancellationToken ct = default)
    {
        var employee = await employees.ContactAsync(employeeId, ct)
            ?? throw new InvalidOperationException($"No employee {employeeId} to notify.");
        var accounts = await db.Users.AsNoTracking().Where(u => u.EmployeeId == employeeId).OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Email, u.PreferredCulture }).ToListAsync(ct);
        var targets = new List<Target>();
        var email = employee.Email;
        foreach (var a in accounts)
        {
            // One e-mail per person: to the employee's address when known, else the first account's.
            email ??= a.Email;
            targets.Add(new Target("user:" + a.Id, a.Id, employee.Id, targets.Count == 0 ? email : null, a.PreferredCulture));
        }
        if (targets.Count == 0) targets.Add(new Target("employee:" + employee.Id.ToString(CultureInfo.InvariantCulture), null, employee.Id, email, null));
        await AddAsync<TResource>(targets, subjectKey, bodyKey, args, link, dedupKey, ct);
    }

    public async Task NotifyRoleAsync<TResource>(string role, string subjectKey, string bodyKey, object?[] args, string? link, string? dedupKey = null, CancellationToken ct = default)
    {
        var normalized = role.ToUpperInvariant();
        var accounts = await (
            from u in db.Users.AsNoTracking()
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where r.NormalizedName == normalized
            orderby u.Id
            select new { u.Id, u.Email, u.PreferredCulture, u.EmployeeId }).ToListAsync(ct);
        await AddAsync<TResource>([.. accounts.Select(a => new Target("user:" + a.Id, a.Id, a.EmployeeId, a.Email, a.PreferredCulture))], subjectKey, bodyKey, args, link, dedupKey, ct);
    }

    private async Task AddAsync<TResource>(List<Target> targets, string subjectKey, string bodyKey, object?[] args, string? link, string? dedupKey, CancellationToken ct)
    {
        if (targets.Count == 0) return;
        var recipients = targets.Select(t => t.Recipient).ToList();
        var already = dedupKey is null ? [] : (await db.Set<Notification>().AsNoTracking()
            .Where(n => n.DedupKey == dedupKey && recipients.Contains(n.Recipient)).Select(n => n.Recipient).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        // Also skip duplicates added earlier in this same unit of work.
        foreach (var pending in db.Set<Notification>().Local.Where(n => dedupKey is not null && n.DedupKey == dedupKey)) already.Add(pending.Recipient);

        var localizer = localizers.Create(typeof(TResource));
        var now = db.Clock.GetUtcNow();
        foreach (var t in targets.Where(t => !already.Contains(t.Recipient)))
        {
            var culture = Culture(t.Culture);
            var (subject, body) = Render(localizer, culture, subjectKey, bodyKey, args);
            db.Set<Notification>().Add(new Notification
            {
                Recipient = t.Recipient, UserId = t.UserId, EmployeeId = t.EmployeeId, Kind = subjectKey,
                Subject = Truncate(subject, 300), Body = Truncate(body, 4000), Link = link, DedupKey = dedupKey,
                Culture = culture.Name, CreatedAt = now, EmailTo = string.IsNullOrWhiteSpace(t.Email) ? null : t.Email,
            });
        }
    }

    private CultureInfo Culture(string? preferred)
    {
        var supported = localization.Value.SupportedUICultures ?? [];
        return supported.FirstOrDefault(c => string.Equals(c.Name, preferred, StringComparison.OrdinalIgnoreCase))
            ?? localization.Value.DefaultRequestCulture.UICulture;
    }

    private static (string Subject, string Body) Render(IStringLocalizer localizer, CultureInfo culture, string subjectKey, string bodyKey, object?[] args)
    {
        using var _ = UiCulture.Use(culture);
        var a = args.Select(x => x ?? "").ToArray();
        return (localizer[subjectKey, a].Value, localizer[bodyKey, a].Value);
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
