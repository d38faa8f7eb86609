using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;

namespace TalentChain.Modules.Labs.Features.Grants;

/// <summary>What a person holds of the qualifications a unit requires, on a day.</summary>
/// <remarks><see cref="LapsedOn"/>: when missing because the person's latest record expired (its expiry date), not because they never held it.</remarks>
public sealed record QualificationCheck(int TypeId, string Code, string Name, DateOnly? ValidUntil, bool Missing, bool ExpiresBeforeEnd, DateOnly? LapsedOn = null);

/// <summary>
/// The rules that tie grants to qualifications. A qualification is valid THROUGH its expiry date: on the expiry day it
/// still counts; from the day after (expiresOn &lt; today) it has lapsed. An active grant with any required
/// qualification lapsed is suspended, with the first lapsed one named; a suspended grant whose requirements are all valid
/// again is reinstated; a grant past its end expires. Each change is audited and told to the holder and the lab's managers.
/// </summary>
public sealed class GrantStates(TalentChainDbContext db, INotifier notifier)
{
    /// <summary>The people's qualification records, including those added or changed (not yet saved) in this request.</summary>
    public async Task<List<QualificationRecord>> RecordsAsync(IReadOnlyCollection<int> employeeIds, CancellationToken ct)
    {
        // Tracking query: rows already tracked come back as the tracked instances (with their pending changes).
        var rows = await db.QualificationRecords.Where(r => employeeIds.Contains(r.EmployeeId)).ToListAsync(ct);
        rows.AddRange(db.QualificationRecords.Local.Where(r => db.Entry(r).State == EntityState.Added && employeeIds.Contains(r.EmployeeId) && !rows.Contains(r)));
        return rows;
    }

    /// <summary>The latest day through which the person holds the type, counting only records valid on <paramref name="day"/>.</summary>
    public static DateOnly? ValidThrough(IEnumerable<QualificationRecord> records, int employeeId, int typeId, DateOnly day) =>
        records.Where(r => r.EmployeeId == employeeId && r.QualificationTypeId == typeId && r.ValidOn(day)).Select(r => (DateOnly?)r.ExpiresOn).Max();

    public static List<QualificationCheck> Check(LabTree tree, IReadOnlyDictionary<int, QualificationType> types, IEnumerable<QualificationRecord> records,
        int employeeId, int unitId, DateOnly day, DateOnly? end, bool chinese) =>
        [.. tree.Required(unitId).Select(id => types[id]).OrderBy(q => q.Code, StringComparer.Ordinal).Select(q =>
        {
            var until = ValidThrough(records, employeeId, q.Id, day);
            var lapsed = until is null
                ? records.Where(r => r.EmployeeId == employeeId && r.QualificationTypeId == q.Id && r.RevokedOn is null && r.ExpiresOn < day).Select(r => (DateOnly?)r.ExpiresOn).Max()
                : null;
            return new QualificationCheck(q.Id, q.Code, q.DisplayName(chinese), until, until is null, until is { } u && end is { } e && u < e, lapsed);
        })];

    /// <summary>Suspends, reinstates or expires the given people's grants as of <paramref name="today"/>; returns how many changed.</summary>
    public async Task<int> ApplyAsync(IReadOnlyCollection<int>? employeeIds, DateOnly today, CancellationToken ct)
    {
        var query = db.AccessGrants.Where(g => g.Status == GrantStatus.Active || g.Status == GrantStatus.Suspended);
        if (employeeIds is not null) query = query.Where(g => employeeIds.Contains(g.EmployeeId));
        var grants = await query.OrderBy(g => g.Id).ToListAsync(ct);
        if (grants.Count == 0) return 0;
        var tree = await LabTree.LoadAsync(db, ct);
        var types = await db.QualificationTypes.AsNoTracking().ToDictionaryAsync(q => q.Id, ct);
        var records = await RecordsAsync([.. grants.Select(g => g.EmployeeId).Distinct()], ct);
        var changed = 0;
        foreach (var g in grants)
        {
            if (g.EndsOn is { } end && end < today)
            {
                g.Status = GrantStatus.Expired;
                changed++;
                continue;
            }
            var lapsed = tree.Required(g.LabUnitId).Select(id => types[id]).OrderBy(q => q.Code, StringComparer.Ordinal)
                .FirstOrDefault(q => ValidThrough(records, g.EmployeeId, q.Id, today) is null);
            if (g.Status == GrantStatus.Active && lapsed is not null)
            {
                g.Status = GrantStatus.Suspended;
                g.SuspendedOn = today;
                g.SuspendedForTypeId = lapsed.Id;
                g.ReinstatedOn = null;
                await TellAsync(g, tree, lapsed, suspended: true, today, ct);
                changed++;
            }
            else if (g.Status == GrantStatus.Suspended && lapsed is null)
            {
                var cause = g.SuspendedForTypeId is { } c ? types[c] : null;
                g.Status = GrantStatus.Active;
                g.ReinstatedOn = today;
                await TellAsync(g, tree, cause, suspended: false, today, ct);
                changed++;
            }
        }
        return changed;
    }

    private async Task TellAsync(AccessGrant g, LabTree tree, QualificationType? cause, bool suspended, DateOnly today, CancellationToken ct)
    {
        var unit = tree.Find(g.LabUnitId)!;
        db.RecordAuditEvent("LabAccessGrant", g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, string?>
        {
            ["Action"] = suspended ? "Suspended" : "Reinstated",
            ["EmployeeId"] = g.EmployeeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Unit"] = unit.Code,
            ["Qualification"] = cause?.Code,
            ["On"] = LabsText.Date(today),
        });
        var who = await db.EmployeeRefs.AsNoTracking().Where(e => e.Id == g.EmployeeId).Select(e => new { e.GivenName, e.FamilyName, e.ChineseName }).FirstAsync(ct);
        var name = PersonName.Full(who.GivenName, who.FamilyName, who.ChineseName);
        var qual = cause is null ? "" : cause.Name + (cause.NameZh is null ? "" : " / " + cause.NameZh);
        var unitName = unit.Name + (unit.NameZh is null ? "" : " / " + unit.NameZh);
        var key = suspended ? "Notify.Suspended" : "Notify.Reinstated";
        var dedup = $"labs-{(suspended ? "suspended" : "reinstated")}:{g.Id}:{LabsText.Date(today)}";
        var link = $"/labs/requests/{g.Id}";
        object?[] args = [name, unitName, qual, LabsText.Date(today)];
        await notifier.NotifyEmployeeAsync<LabsResource>(g.EmployeeId, key + ".Subject", key + ".Body", args, link, dedup, ct);
        foreach (var m in tree.DeciderIds(g.LabUnitId).Where(m => m != g.EmployeeId))
            await notifier.NotifyEmployeeAsync<LabsResource>(m, key + ".Subject", key + ".Body", args, link, dedup, ct);
    }
}
