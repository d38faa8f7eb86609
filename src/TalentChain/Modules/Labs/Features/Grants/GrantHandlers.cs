using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Labs.Features.Grants;

public sealed record GrantRow(int Id, int EmployeeId, string EmployeeNumber, string PersonName, int UnitId, string UnitCode, string UnitName, string LabName,
    GrantStatus Status, string StatusName, DateOnly RequestedFrom, DateOnly RequestedTo, DateOnly? StartsOn, DateOnly? EndsOn, DateOnly? SuspendedOn, string? SuspendedFor);

public sealed record GrantView(int Id, int EmployeeId, string EmployeeNumber, string PersonName, int UnitId, string UnitCode, string UnitName, string LabName,
    GrantStatus Status, string StatusName, string Reason, DateOnly RequestedFrom, DateOnly RequestedTo, string RequestedBy, DateTimeOffset RequestedAt,
    DateOnly? StartsOn, DateOnly? EndsOn, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote,
    DateOnly? SuspendedOn, string? SuspendedFor, DateOnly? ReinstatedOn, DateOnly? RevokedOn, string? RevokeReason,
    List<QualificationCheck> Checks, bool CanDecide, bool CanRevoke, long Version);

/// <summary>Ask for access: for yourself (employeeId empty), or as line manager for a report; to a lab or area, with a reason and the period wanted.</summary>
public sealed record AccessRequestInput(int? EmployeeId, int? UnitId, string? Reason, DateOnly? From, DateOnly? To);

/// <summary>Approve: the end date is required (within the requested period, not before the start); the start defaults to the requested start or today.</summary>
public sealed record ApproveInput(DateOnly? StartsOn, DateOnly? EndsOn, string? Note, long? Version = null);

public sealed record ReasonInput(string? Reason, long? Version = null);

/// <summary>Access requests and grants (准入申请/准入授权): request, decide (the lab's managers), revoke, list what the viewer may see.</summary>
public sealed class GrantHandlers(TalentChainDbContext db, LabsAccess access, LabsText text, INotifier notifier, IManagementChain chain,
    TimeProvider clock, IStringLocalizer<LabsResource> t, IStringLocalizer<SharedResource> shared)
{
    public async Task<List<GrantRow>> ListAsync(LabsViewer viewer, int? unitId, GrantStatus? status, bool mineOnly, CancellationToken ct = default)
    {
        var tree = await LabTree.LoadAsync(db, ct);
        var query = db.AccessGrants.AsNoTracking().Include(g => g.Employee).AsQueryable();
        if (unitId is { } u)
        {
            var below = tree.SelfAndBelow(u).ToList();
            query = query.Where(g => below.Contains(g.LabUnitId));
        }
        if (status is { } s) query = query.Where(g => g.Status == s);
        if (mineOnly) query = query.Where(g => g.EmployeeId == viewer.EmployeeId);
        var grants = await query.OrderByDescending(g => g.RequestedAt).ThenByDescending(g => g.Id).ToListAsync(ct);
        if (!viewer.Admin)
        {
            var related = await access.RelatedAmongAsync(viewer, [.. grants.Select(g => g.EmployeeId).Distinct()], ct);
            grants = [.. grants.Where(g => g.EmployeeId == viewer.EmployeeId || viewer.Manages(g.LabUnitId) || related.Contains(g.EmployeeId))];
        }
        var types = await db.QualificationTypes.AsNoTracking().ToDictionaryAsync(q => q.Id, ct);
        var chinese = UiCulture.IsChinese;
        return [.. grants.Select(g =>
        {
            var unit = tree.Find(g.LabUnitId)!;
            return new GrantRow(g.Id, g.EmployeeId, g.Employee!.EmployeeNumber, g.Employee.DisplayName(chinese), unit.Id, unit.Code, unit.DisplayName(chinese),
                tree.LabOf(unit.Id).DisplayName(chinese), g.Status, text.Status(g.Status), g.RequestedFrom, g.RequestedTo, g.StartsOn, g.EndsOn,
                g.Status == GrantStatus.Suspended ? g.SuspendedOn : null,
                g.Status == GrantStatus.Suspended && g.SuspendedForTypeId is { } q ? types[q].DisplayName(chinese) : null);
        })];
    }

    public async Task<GrantView> GetAsync(LabsViewer viewer, int id, CancellationToken ct = default)
    {
        var g = await LoadVisibleAsync(viewer, id, tracked: false, ct);
        return await ViewAsync(viewer, g, ct);
    }

    private async Task<AccessGrant> LoadVisibleAsync(LabsViewer viewer, int id, bool tracked, CancellationToken ct)
    {
        var query = tracked ? db.AccessGrants : db.AccessGrants.AsNoTracking();
        var g = await query.Include(x => x.Employee).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (g is null || !await access.MaySeeGrantAsync(viewer, g, ct)) throw new NotFoundException(t["Grant.NotFound", id]);
        return g;
    }

    private async Task<GrantView> ViewAsync(LabsViewer viewer, AccessGrant g, CancellationToken ct)
    {
        var chinese = UiCulture.IsChinese;
        var tree = await LabTree.LoadAsync(db, ct);
        var types = await db.QualificationTypes.AsNoTracking().ToDictionaryAsync(q => q.Id, ct);
        var records = await db.QualificationRecords.AsNoTracking().Where(r => r.EmployeeId == g.EmployeeId).ToListAsync(ct);
        var today = clock.Today();
        var from = g.StartsOn ?? g.RequestedFrom;
        var checks = GrantStates.Check(tree, types, records, g.EmployeeId, g.LabUnitId, from > today ? from : today, g.EndsOn ?? g.RequestedTo, chinese);
        var unit = tree.Find(g.LabUnitId)!;
        return new GrantView(g.Id, g.EmployeeId, g.Employee!.EmployeeNumber, g.Employee.DisplayName(chinese), unit.Id, unit.Code, unit.DisplayName(chinese),
            tree.LabOf(unit.Id).DisplayName(chinese), g.Status, text.Status(g.Status), g.Reason, g.RequestedFrom, g.RequestedTo, g.RequestedBy, g.RequestedAt,
            g.StartsOn, g.EndsOn, g.DecidedBy, g.DecidedAt, g.DecisionNote, g.SuspendedOn, g.SuspendedForTypeId is { } q ? types[q].DisplayName(chinese) : null,
            g.ReinstatedOn, g.RevokedOn, g.RevokeReason, checks,
            g.Status == GrantStatus.Requested && viewer.Manages(g.LabUnitId),
            g.Status is GrantStatus.Active or GrantStatus.Suspended && viewer.Manages(g.LabUnitId), g.Version);
    }

    public async Task<GrantView> RequestAsync(LabsViewer viewer, AccessRequestInput input, CancellationToken ct = default)
    {
        var employeeId = input.EmployeeId ?? viewer.EmployeeId ?? throw new AccessDeniedException(t["Access.NoEmployee"]);
        if (!await db.EmployeeRefs.AnyAsync(e => e.Id == employeeId && e.Status == EmployeeStatus.Active, ct)) throw new NotFoundException(t["Person.NotFound", employeeId]);
        if (employeeId != viewer.EmployeeId && !viewer.Admin && !(viewer.EmployeeId is { } me && (await chain.ManagedAmongAsync(me, [employeeId], ct)).Contains(employeeId)))
            throw new AccessDeniedException(t["Access.RequestForOthers"]);
        var today = clock.Today();
        var tree = await LabTree.LoadAsync(db, ct);
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Reason), input.Reason));
        var unit = input.UnitId is { } u ? tree.Find(u) : null;
        if (unit is null) errors.Add(nameof(input.UnitId), input.UnitId is null ? t["Grant.UnitRequired"] : t["Unit.NotFound", input.UnitId.Value]);
        else if (unit.Kind == LabKind.Centre) errors.Add(nameof(input.UnitId), t["Grant.NotACentre"]);
        else if (await db.AccessGrants.AnyAsync(g => g.EmployeeId == employeeId && g.LabUnitId == unit.Id && (g.Status == GrantStatus.Requested || g.Status == GrantStatus.Active || g.Status == GrantStatus.Suspended), ct))
            errors.Add(nameof(input.UnitId), t["Grant.AlreadyOpen", unit.DisplayName(UiCulture.IsChinese)]);
        if (string.IsNullOrWhiteSpace(input.Reason)) errors.Add(nameof(input.Reason), t["Common.ReasonRequired"]);
        else if (input.Reason.Length > 1000) errors.Add(nameof(input.Reason), t["Common.TooLong", 1000]);
        if (input.From is not { } from) errors.Add(nameof(input.From), t["Grant.FromRequired"]);
        else if (from < today) errors.Add(nameof(input.From), t["Grant.FromPast"]);
        if (input.To is not { } to) errors.Add(nameof(input.To), t["Grant.ToRequired"]);
        else if (input.From is { } f && to < f) errors.Add(nameof(input.To), t["Grant.EndBeforeStart"]);
        else if (!DateBounds.Contains(to) || to > today.AddYears(5)) errors.Add(nameof(input.To), t["Grant.TooLong"]);
        errors.ThrowIfAny(t["Grant.Invalid"]);
        var g = new AccessGrant
        {
            EmployeeId = employeeId, LabUnitId = unit!.Id, Status = GrantStatus.Requested, Reason = input.Reason!.Trim(),
            RequestedFrom = input.From!.Value, RequestedTo = input.To!.Value, RequestedBy = viewer.Name, RequestedAt = clock.GetUtcNow(),
        };
        db.AccessGrants.Add(g);
        await db.SaveChangesAsync(ct);
        var who = await db.EmployeeRefs.AsNoTracking().Where(e => e.Id == employeeId).Select(e => new { e.GivenName, e.FamilyName, e.ChineseName }).FirstAsync(ct);
        foreach (var m in tree.DeciderIds(unit.Id).Where(m => m != employeeId))
            await notifier.NotifyEmployeeAsync<LabsResource>(m, "Notify.Requested.Subject", "Notify.Requested.Body",
                [PersonName.Full(who.GivenName, who.FamilyName, who.ChineseName), unit.Name + (unit.NameZh is null ? "" : " / " + unit.NameZh), LabsText.Date(g.RequestedFrom), LabsText.Date(g.RequestedTo)],
                $"/labs/requests/{g.Id}", $"labs-requested:{g.Id}", ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(viewer, g.Id, ct);
    }

    /// <summary>
    /// The lab's manager approves. Refused, with nothing written, when a required qualification is missing on the first
    /// day of access (each one named), when the end is missing, before the start or past the requested period.
    /// </summary>
    public async Task<GrantView> ApproveAsync(LabsViewer viewer, int id, ApproveInput input, CancellationToken ct = default)
    {
        var g = await DecidableAsync(viewer, id, input.Version, ct);
        var today = clock.Today();
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Note), input.Note));
        var start = input.StartsOn ?? (g.RequestedFrom > today ? g.RequestedFrom : today);
        if (start < g.RequestedFrom) errors.Add(nameof(input.StartsOn), t["Grant.StartBeforeRequested", LabsText.Date(g.RequestedFrom)]);
        if (input.EndsOn is not { } end) errors.Add(nameof(input.EndsOn), t["Grant.EndRequired"]);
        else if (end < start) errors.Add(nameof(input.EndsOn), t["Grant.EndBeforeStart"]);
        else if (end > g.RequestedTo) errors.Add(nameof(input.EndsOn), t["Grant.EndAfterRequested", LabsText.Date(g.RequestedTo)]);
        else if (end < today) errors.Add(nameof(input.EndsOn), t["Grant.EndPast"]);
        if (input.Note?.Length > 1000) errors.Add(nameof(input.Note), t["Common.TooLong", 1000]);
        var tree = await LabTree.LoadAsync(db, ct);
        var types = await db.QualificationTypes.AsNoTracking().ToDictionaryAsync(q => q.Id, ct);
        var records = await db.QualificationRecords.AsNoTracking().Where(r => r.EmployeeId == g.EmployeeId).ToListAsync(ct);
        var firstDay = start > today ? start : today;
        foreach (var missing in GrantStates.Check(tree, types, records, g.EmployeeId, g.LabUnitId, firstDay, input.EndsOn, UiCulture.IsChinese).Where(c => c.Missing))
            errors.Add("Qualifications", t["Grant.MissingQualification", missing.Name, LabsText.Date(firstDay)]);
        errors.ThrowIfAny(t["Grant.ApproveRefused"]);
        g.Status = GrantStatus.Active;
        g.StartsOn = start;
        g.EndsOn = input.EndsOn;
        g.DecidedBy = viewer.Name;
        g.DecidedAt = clock.GetUtcNow();
        g.DecisionNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        db.RecordAuditEvent("LabAccessGrant", g.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?>
            { ["Action"] = "Approved", ["StartsOn"] = LabsText.Date(start), ["EndsOn"] = LabsText.Date(g.EndsOn) });
        await TellHolderAsync(g, tree, "Notify.Approved", ct);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(viewer, g, ct);
    }

    public async Task<GrantView> RejectAsync(LabsViewer viewer, int id, ReasonInput input, CancellationToken ct = default)
    {
        var g = await DecidableAsync(viewer, id, input.Version, ct);
        var reason = RequireReason(input);
        g.Status = GrantStatus.Rejected;
        g.DecidedBy = viewer.Name;
        g.DecidedAt = clock.GetUtcNow();
        g.DecisionNote = reason;
        db.RecordAuditEvent("LabAccessGrant", g.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?> { ["Action"] = "Rejected", ["Reason"] = reason });
        await TellHolderAsync(g, await LabTree.LoadAsync(db, ct), "Notify.Rejected", ct);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(viewer, g, ct);
    }

    public async Task<GrantView> RevokeAsync(LabsViewer viewer, int id, ReasonInput input, CancellationToken ct = default)
    {
        var g = await LoadVisibleAsync(viewer, id, tracked: true, ct);
        if (!viewer.Manages(g.LabUnitId)) throw new AccessDeniedException(t["Access.Decide"]);
        if (g.Status is not (GrantStatus.Active or GrantStatus.Suspended))
            throw ValidationFailedException.For(t["Grant.Invalid"], "", t["Grant.NotRevocable", text.Status(g.Status)]);
        CheckVersion(g, input.Version);
        var reason = RequireReason(input);
        g.Status = GrantStatus.Revoked;
        g.RevokedOn = clock.Today();
        g.RevokedBy = viewer.Name;
        g.RevokeReason = reason;
        db.RecordAuditEvent("LabAccessGrant", g.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?> { ["Action"] = "Revoked", ["Reason"] = reason });
        await TellHolderAsync(g, await LabTree.LoadAsync(db, ct), "Notify.Revoked", ct);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(viewer, g, ct);
    }

    private string RequireReason(ReasonInput input)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Reason), input.Reason));
        if (string.IsNullOrWhiteSpace(input.Reason)) errors.Add(nameof(input.Reason), t["Common.ReasonRequired"]);
        else if (input.Reason.Length > 1000) errors.Add(nameof(input.Reason), t["Common.TooLong", 1000]);
        errors.ThrowIfAny(t["Grant.Invalid"]);
        return input.Reason!.Trim();
    }

    private async Task<AccessGrant> DecidableAsync(LabsViewer viewer, int id, long? version, CancellationToken ct)
    {
        var g = await LoadVisibleAsync(viewer, id, tracked: true, ct);
        if (!viewer.Manages(g.LabUnitId)) throw new AccessDeniedException(t["Access.Decide"]);
        if (g.Status != GrantStatus.Requested) throw ValidationFailedException.For(t["Grant.Invalid"], "", t["Grant.AlreadyDecided", text.Status(g.Status)]);
        CheckVersion(g, version);
        return g;
    }

    private void CheckVersion(AccessGrant g, long? version)
    {
        if (version is { } v && v != g.Version) throw ValidationFailedException.For(t["Grant.Invalid"], "Version", t["Common.Stale"]);
    }

    private async Task TellHolderAsync(AccessGrant g, LabTree tree, string key, CancellationToken ct)
    {
        var unit = tree.Find(g.LabUnitId)!;
        await notifier.NotifyEmployeeAsync<LabsResource>(g.EmployeeId, key + ".Subject", key + ".Body",
            [unit.Name + (unit.NameZh is null ? "" : " / " + unit.NameZh), LabsText.Date(g.StartsOn), LabsText.Date(g.EndsOn), g.DecisionNote ?? g.RevokeReason ?? ""],
            $"/labs/requests/{g.Id}", $"labs-{key}:{g.Id}", ct);
    }
}
