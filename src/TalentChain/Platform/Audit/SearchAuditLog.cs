using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Platform.Audit;

/// <summary>Filters of the audit page and API; all optional. Dates are inclusive UTC calendar dates.</summary>
public sealed record AuditQuery(
    string? Entity = null,
    string? Key = null,
    string? User = null,
    AuditAction? Action = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = 50);

public sealed record AuditChange(string Field, string? Before, string? After);

public sealed record AuditRow(long Id, DateTimeOffset At, string User, AuditAction Action, string Entity, string Key, IReadOnlyList<AuditChange> Changes, string Hash);

public sealed record AuditPage(IReadOnlyList<AuditRow> Items, int Total, int Page, int PageSize, IReadOnlyList<string> Entities)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Searches the audit log (newest first) for the audit page and <c>GET /api/v1/audit</c>.</summary>
public sealed class SearchAuditLogHandler(TalentChainDbContext db)
{
    public async Task<AuditPage> HandleAsync(AuditQuery query, CancellationToken ct = default)
    {
        var pageSize = Math.Clamp(query.PageSize, 10, 200);
        var page = Math.Max(1, query.Page);
        var q = db.AuditEntries.AsNoTracking();
        // A control character matches no stored value, and PostgreSQL refuses a NUL in a parameter.
        if (TextInput.HasControlCharacters(query.Entity) || TextInput.HasControlCharacters(query.Key) || TextInput.HasControlCharacters(query.User)) q = q.Where(a => false);
        if (!string.IsNullOrWhiteSpace(query.Entity)) q = q.Where(a => a.Entity == query.Entity.Trim());
        if (!string.IsNullOrWhiteSpace(query.Key)) q = q.Where(a => a.EntityKey == query.Key.Trim());
        if (!string.IsNullOrWhiteSpace(query.User)) q = q.Where(a => a.UserName.Contains(query.User.Trim()));
        if (query.Action is { } action) q = q.Where(a => a.Action == action);
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            q = q.Where(a => a.At >= start);
        }
        if (query.To is { } to && Web.DateBounds.EndOfUtcDay(to) is { } end) q = q.Where(a => a.At < end);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var entities = await db.AuditEntries.AsNoTracking().Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(ct);
        return new AuditPage(rows.Select(ToRow).ToList(), total, page, pageSize, entities);
    }

    private static AuditRow ToRow(AuditEntry e)
    {
        var changes = JsonSerializer.Deserialize<Dictionary<string, string?[]>>(e.Changes) ?? [];
        return new AuditRow(e.Id, e.At, e.UserName, e.Action, e.Entity, e.EntityKey,
            changes.Select(c => new AuditChange(c.Key, c.Value.ElementAtOrDefault(0), c.Value.ElementAtOrDefault(1))).ToList(), e.Hash);
    }
}
