using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Data;

namespace TalentChain.Platform.Notifications;

public sealed record NotificationView(long Id, string Kind, string Subject, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record NotificationList(int Unread, IReadOnlyList<NotificationView> Items);

/// <summary>A user's own in-app notifications (page, bell and API).</summary>
public sealed class NotificationHandlers(TalentChainDbContext db, TimeProvider clock, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> t)
{
    public Task<int> UnreadCountAsync(string userId, CancellationToken ct = default) =>
        db.Set<Notification>().CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    public async Task<NotificationList> ListAsync(string userId, bool unreadOnly, int take = 100, CancellationToken ct = default)
    {
        var query = db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId);
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        var items = await query.OrderByDescending(n => n.Id).Take(Math.Clamp(take, 1, 500))
            .Select(n => new NotificationView(n.Id, n.Kind, n.Subject, n.Body, n.Link, n.CreatedAt, n.ReadAt)).ToListAsync(ct);
        return new NotificationList(await UnreadCountAsync(userId, ct), items);
    }

    /// <summary>Marks one of the user's notifications read; returns its link (null when it has none), or throws when it is not theirs.</summary>
    public async Task<string?> MarkReadAsync(string userId, long id, CancellationToken ct = default)
    {
        var n = await db.Set<Notification>().FirstOrDefaultAsync(x => x.Id == id && x.UserId == userId, ct)
            ?? throw new Web.NotFoundException(t["Notifications.NotFound", id]);
        n.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return n.Link;
    }

    public Task<int> MarkAllReadAsync(string userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return db.Set<Notification>().Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
