using TalentChain.Modules.Knowledge.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Knowledge.Features.Coverage;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Knowledge.Features.Departures;

public sealed record DepartureInput(string? EmployeeNumber, DateOnly? NoticeDate, DateOnly? LastDay, DepartureReason? Reason, DepartureDestination? Destination, DepartureLevel? Level, string? Notes, string? RoleTitle = null);

public sealed record ChecklistInput(bool DocumentsReturned, bool EquipmentReturned, bool ConfidentialityReminder, long? Version = null);

public sealed record HandoverInput(string? ToEmployeeNumber, HandoverStatus? Status, string? Notes);

public sealed record HandoverView(int Id, int CriticalTechnologyId, string TechnologyCode, string TechnologyName, int? ToEmployeeId, string? ToName, HandoverStatus Status, string? Notes, long Version);

public sealed record GrantLine(int Id, string DataSet, DateOnly ExpiresOn, DateOnly? RevokedOn);

public sealed record DepartureView(
    int Id, PersonCard Person, DateOnly NoticeDate, DateOnly LastDay, DepartureReason Reason, DepartureDestination Destination, DepartureLevel Level,
    DepartureStatus Status, bool DocumentsReturned, bool EquipmentReturned, bool AccessRevoked, bool ConfidentialityReminder,
    string? Notes, DateOnly? CompletedOn, string? CompletedBy, long Version, IReadOnlyList<HandoverView> Handovers, IReadOnlyList<GrantLine> Grants,
    IReadOnlyList<DepartureObligation> Obligations)
{
    public bool HandoversDone => Handovers.All(h => h.Status == HandoverStatus.Done && h.ToEmployeeId is not null);
    public bool ReadyToComplete => DocumentsReturned && EquipmentReturned && ConfidentialityReminder && HandoversDone;
}

public sealed record DepartureRow(int Id, PersonCard Person, DateOnly LastDay, DepartureReason Reason, DepartureDestination Destination, DepartureLevel Level, DepartureStatus Status, int Handovers, int HandoversDone);

/// <summary>Departures and their exit workflow: handover per critical technology, returns, access revocation, sign-off.</summary>
public sealed class DepartureHandlers(TalentChainDbContext db, IPeopleDirectory people, IStringLocalizer<KnowledgeResource> k, TimeProvider clock, Platform.Notifications.INotifier notifier, IStringLocalizer<SharedResource> shared,
    IEnumerable<IDepartureObligations> obligationSources)
{
    private DateOnly Today => clock.Today();

    public async Task<List<DepartureRow>> ListAsync(KnowledgeScope scope, bool openOnly = false, CancellationToken ct = default)
    {
        var q = db.Departures.AsNoTracking();
        if (openOnly) q = q.Where(d => d.Status == DepartureStatus.Open);
        var rows = await q.Select(d => new
        {
            d.Id, d.EmployeeId, d.LastDay, d.Reason, d.Destination, d.Level, d.Status,
            Handovers = d.Handovers.Count, Done = d.Handovers.Count(h => h.Status == HandoverStatus.Done),
        }).ToListAsync(ct);
        rows = [.. rows.Where(r => scope.MaySeePerson(r.EmployeeId))];
        var cards = await PersonCards.LoadAsync(db, rows.Select(r => r.EmployeeId), ct);
        return [.. rows.OrderBy(r => r.Status).ThenByDescending(r => r.LastDay)
            .Select(r => new DepartureRow(r.Id, cards[r.EmployeeId], r.LastDay, r.Reason, r.Destination, r.Level, r.Status, r.Handovers, r.Done))];
    }

    public async Task<DepartureView> GetAsync(KnowledgeScope scope, int id, CancellationToken ct = default)
    {
        var d = await db.Departures.AsNoTracking().Include(x => x.Handovers).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null || !scope.MaySeePerson(d.EmployeeId)) throw new NotFoundException(k["Departure.NotFound", id]);
        var chinese = UiCulture.IsChinese;
        var techs = await db.CriticalTechnologies.AsNoTracking()
            .Select(t => new { t.Id, t.TaxonomyNode!.Code, t.TaxonomyNode.Name, t.TaxonomyNode.NameZh }).ToDictionaryAsync(t => t.Id, ct);
        var cards = await PersonCards.LoadAsync(db, d.Handovers.Where(h => h.ToEmployeeId != null).Select(h => h.ToEmployeeId!.Value).Append(d.EmployeeId), ct);
        var handovers = d.Handovers.OrderBy(h => techs[h.CriticalTechnologyId].Code, StringComparer.Ordinal).Select(h => new HandoverView(h.Id, h.CriticalTechnologyId,
            techs[h.CriticalTechnologyId].Code, chinese && !string.IsNullOrEmpty(techs[h.CriticalTechnologyId].NameZh) ? techs[h.CriticalTechnologyId].NameZh! : techs[h.CriticalTechnologyId].Name,
            h.ToEmployeeId, h.ToEmployeeId is { } to ? cards.GetValueOrDefault(to)?.Name : null, h.Status, h.Notes, h.Version)).ToList();
        var grants = await db.AccessGrants.AsNoTracking().Where(g => g.EmployeeId == d.EmployeeId)
            .Join(db.ControlledDataSets, g => g.DataSetId, s => s.Id, (g, s) => new { g.Id, s.Name, s.NameZh, g.ExpiresOn, g.RevokedOn })
            .ToListAsync(ct);
        return new DepartureView(d.Id, cards[d.EmployeeId], d.NoticeDate, d.LastDay, d.Reason, d.Destination, d.Level, d.Status,
            d.DocumentsReturned, d.EquipmentReturned, d.AccessRevoked, d.ConfidentialityReminder, d.Notes, d.CompletedOn, d.CompletedBy, d.Version, handovers,
            [.. grants.Select(g => new GrantLine(g.Id, chinese && !string.IsNullOrEmpty(g.NameZh) ? g.NameZh : g.Name, g.ExpiresOn, g.RevokedOn))],
            await ObligationsAsync(scope, d.EmployeeId, d.LastDay, ct));
    }

    /// <summary>What other modules add to the exit workflow (e.g. a tuition repayment), as the viewer may see it.</summary>
    private async Task<List<DepartureObligation>> ObligationsAsync(KnowledgeScope scope, int employeeId, DateOnly lastDay, CancellationToken ct)
    {
        var result = new List<DepartureObligation>();
        if (scope.Viewer is not { } viewer) return result;
        foreach (var source in obligationSources) result.AddRange(await source.ForAsync(employeeId, lastDay, viewer, ct));
        return result;
    }

    /// <summary>Records a resignation or exit and opens its workflow with a handover item per critical technology the person holds.</summary>
    public async Task<DepartureView> RecordAsync(KnowledgeScope scope, DepartureInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.EmployeeNumber), input.EmployeeNumber), (nameof(input.RoleTitle), input.RoleTitle));
        var number = PersonCards.Blank(input.EmployeeNumber);
        EmployeeRef? person = null;
        if (number is null) errors.Add(nameof(input.EmployeeNumber), k["Departure.EmployeeRequired"]);
        else
        {
            person = await db.EmployeeRefs.FirstOrDefaultAsync(e => e.EmployeeNumber == number, ct);
            if (person is null || !scope.MaySeePerson(person.Id)) errors.Add(nameof(input.EmployeeNumber), k["Common.NoActiveEmployee", number]);
            else if (person.Status == EmployeeStatus.Departed) errors.Add(nameof(input.EmployeeNumber), k["Departure.AlreadyDeparted", number]);
            else if (await db.Departures.AnyAsync(d => d.EmployeeId == person.Id && d.Status == DepartureStatus.Open, ct))
                errors.Add(nameof(input.EmployeeNumber), k["Departure.Duplicate", number]);
        }
        if (input.NoticeDate is null) errors.Add(nameof(input.NoticeDate), k["Departure.NoticeRequired"]);
        if (input.LastDay is null) errors.Add(nameof(input.LastDay), k["Departure.LastDayRequired"]);
        else if (input.NoticeDate is { } n && input.LastDay < n) errors.Add(nameof(input.LastDay), k["Departure.LastDayBeforeNotice"]);
        if (input.Reason is null || !Enum.IsDefined(input.Reason.Value)) errors.Add(nameof(input.Reason), k["Departure.ReasonRequired"]);
        if (input.Destination is null || !Enum.IsDefined(input.Destination.Value)) errors.Add(nameof(input.Destination), k["Departure.DestinationRequired"]);
        if (input.Level is { } lv && !Enum.IsDefined(lv)) errors.Add(nameof(input.Level), k["Departure.LevelInvalid"]);
        var notes = PersonCards.Blank(input.Notes);
        if (notes?.Length > 1000) errors.Add(nameof(input.Notes), k["Common.TooLong", 1000]);
        if (PersonCards.Blank(input.RoleTitle)?.Length > 200) errors.Add(nameof(input.RoleTitle), k["Common.TooLong", 200]);
        errors.ThrowIfAny(k["Departure.Invalid"]);

        var departure = new Departure
        {
            EmployeeId = person!.Id,
            NoticeDate = input.NoticeDate!.Value,
            LastDay = input.LastDay!.Value,
            Reason = input.Reason!.Value,
            Destination = input.Destination!.Value,
            Level = input.Level ?? DepartureLevel.Staff,
            RoleTitle = PersonCards.Blank(input.RoleTitle) ?? person.Position,
            Notes = notes,
        };
        foreach (var techId in await TechnologiesHeldByAsync(person.Id, ct))
            departure.Handovers.Add(new HandoverItem { CriticalTechnologyId = techId });
        db.Departures.Add(departure);
        await db.SaveChangesAsync(ct);
        if (departure.Handovers.Count > 0)
        {
            // Knowledge officers hear at once when a holder of critical technology resigns (same transaction as nothing else: a second save).
            await notifier.NotifyRoleAsync<KnowledgeResource>(Platform.Auth.Roles.KnowledgeOfficer, "Notify.Departure.Subject", "Notify.Departure.Body",
                [person.EmployeeNumber, departure.Handovers.Count, departure.LastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
                $"/knowledge/departures/{departure.Id}", $"knowledge-departure:{departure.Id}", ct);
            await db.SaveChangesAsync(ct);
        }
        return await GetAsync(scope, departure.Id, ct);
    }

    /// <summary>The critical technologies in which the person is a holder (level at or above the required one).</summary>
    public async Task<List<int>> TechnologiesHeldByAsync(int employeeId, CancellationToken ct)
    {
        var techs = await db.CriticalTechnologies.AsNoTracking().Select(t => new { t.Id, t.TaxonomyNodeId, t.RequiredLevel }).ToListAsync(ct);
        var subtrees = await CoverageService.SubtreesAsync(db, techs.Select(t => t.TaxonomyNodeId), ct);
        var skills = await db.SkillRefs.AsNoTracking().Where(s => s.EmployeeId == employeeId).Select(s => new { s.TaxonomyNodeId, s.Level }).ToListAsync(ct);
        return [.. techs.Where(t => skills.Any(s => subtrees[t.TaxonomyNodeId].Contains(s.TaxonomyNodeId) && s.Level >= t.RequiredLevel)).Select(t => t.Id)];
    }

    public async Task<DepartureView> UpdateHandoverAsync(KnowledgeScope scope, int departureId, int handoverId, HandoverInput input, CancellationToken ct = default)
    {
        var view = await GetAsync(scope, departureId, ct);
        var item = await db.HandoverItems.FirstOrDefaultAsync(h => h.Id == handoverId && h.DepartureId == departureId, ct)
            ?? throw new NotFoundException(k["Departure.HandoverNotFound", handoverId]);
        var errors = new FieldErrors();
        if (view.Status == DepartureStatus.Completed) errors.Add("", k["Departure.AlreadyCompleted"]);
        int? to = null;
        var number = PersonCards.Blank(input.ToEmployeeNumber);
        if (number is not null)
        {
            var target = await db.EmployeeRefs.AsNoTracking().Where(e => e.EmployeeNumber == number).Select(e => new { e.Id, e.Status }).FirstOrDefaultAsync(ct);
            if (target is null) errors.Add(nameof(input.ToEmployeeNumber), k["Common.NoActiveEmployee", number]);
            else if (target.Status == EmployeeStatus.Departed) errors.Add(nameof(input.ToEmployeeNumber), k["Departure.HandoverToDeparted", number]);
            else if (target.Id == view.Person.Id) errors.Add(nameof(input.ToEmployeeNumber), k["Departure.HandoverToSelf"]);
            else if (await db.Departures.AnyAsync(d => d.EmployeeId == target.Id && d.Status == DepartureStatus.Open, ct))
                errors.Add(nameof(input.ToEmployeeNumber), k["Departure.HandoverToLeaver", number]);
            else to = target.Id;
        }
        var status = input.Status ?? item.Status;
        if (!Enum.IsDefined(status)) errors.Add(nameof(input.Status), k["Departure.HandoverStatusInvalid"]);
        else if (status == HandoverStatus.Done && (to ?? (number is null ? item.ToEmployeeId : null)) is null)
            errors.Add(nameof(input.ToEmployeeNumber), k["Departure.HandoverNeedsRecipient"]);
        var notes = PersonCards.Blank(input.Notes);
        if (notes?.Length > 1000) errors.Add(nameof(input.Notes), k["Common.TooLong", 1000]);
        errors.ThrowIfAny(k["Departure.HandoverInvalid"]);
        if (number is not null) item.ToEmployeeId = to;
        item.Status = status;
        item.Notes = notes ?? item.Notes;
        await db.SaveChangesAsync(ct);
        return await GetAsync(scope, departureId, ct);
    }

    public async Task<DepartureView> UpdateChecklistAsync(KnowledgeScope scope, int id, ChecklistInput input, CancellationToken ct = default)
    {
        var d = await LoadOpenAsync(scope, id, ct);
        if (input.Version is { } v)
        {
            if (v != d.Version) throw new DbUpdateConcurrencyException(k["Common.Stale"]);
            db.Entry(d).Property(x => x.Version).OriginalValue = v;
        }
        d.DocumentsReturned = input.DocumentsReturned;
        d.EquipmentReturned = input.EquipmentReturned;
        d.ConfidentialityReminder = input.ConfidentialityReminder;
        await db.SaveChangesAsync(ct);
        return await GetAsync(scope, id, ct);
    }

    /// <summary>Revokes every access grant of the leaver that is not already revoked.</summary>
    public async Task<DepartureView> RevokeAccessAsync(KnowledgeScope scope, int id, CancellationToken ct = default)
    {
        var d = await LoadOpenAsync(scope, id, ct);
        await RevokeGrantsAsync(d, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(scope, id, ct);
    }

    private async Task RevokeGrantsAsync(Departure d, CancellationToken ct)
    {
        var grants = await db.AccessGrants.Where(g => g.EmployeeId == d.EmployeeId && g.RevokedOn == null).ToListAsync(ct);
        foreach (var g in grants)
        {
            g.RevokedOn = Today;
            g.RevokedReason = k["Departure.RevokedReason", d.Id];
        }
        d.AccessRevoked = true;
    }

    /// <summary>
    /// Sign-off: on or after the last day, with documents and equipment returned, the confidentiality reminder given and
    /// every handover done. Revokes remaining access and sets the People record to departed (its timeline records it).
    /// </summary>
    public async Task<DepartureView> CompleteAsync(KnowledgeScope scope, int id, CancellationToken ct = default)
    {
        var d = await LoadOpenAsync(scope, id, ct);
        var view = await GetAsync(scope, id, ct);
        var errors = new FieldErrors();
        if (Today < d.LastDay) errors.Add("", k["Departure.BeforeLastDay", d.LastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        if (!d.DocumentsReturned) errors.Add(nameof(d.DocumentsReturned), k["Departure.DocumentsPending"]);
        if (!d.EquipmentReturned) errors.Add(nameof(d.EquipmentReturned), k["Departure.EquipmentPending"]);
        if (!d.ConfidentialityReminder) errors.Add(nameof(d.ConfidentialityReminder), k["Departure.ReminderPending"]);
        if (!view.HandoversDone) errors.Add("Handovers", k["Departure.HandoversPending"]);
        errors.ThrowIfAny(k["Departure.CannotComplete"]);

        await RevokeGrantsAsync(d, ct);
        d.Status = DepartureStatus.Completed;
        d.CompletedOn = Today;
        d.CompletedBy = db.CurrentUser.Name;
        await people.MarkDepartedAsync(d.EmployeeId, d.LastDay, ct); // People's change, saved with ours below (one transaction)
        await db.SaveChangesAsync(ct);
        return await GetAsync(scope, id, ct);
    }

    private async Task<Departure> LoadOpenAsync(KnowledgeScope scope, int id, CancellationToken ct)
    {
        var d = await db.Departures.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null || !scope.MaySeePerson(d.EmployeeId)) throw new NotFoundException(k["Departure.NotFound", id]);
        if (d.Status == DepartureStatus.Completed) throw ValidationFailedException.For(k["Departure.Invalid"], "", k["Departure.AlreadyCompleted"]);
        return d;
    }
}
