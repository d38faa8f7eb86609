using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Notifications;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Sharing;

/// <summary>
/// A knowledge-sharing session as scheduled by the office: topic (en, zh optional), speaker by employee number, start and
/// end, place, linked disclosures by id; version for optimistic concurrency when updating.
/// </summary>
public sealed record SharingInput(string? Topic, string? TopicZh, string? SpeakerNumber, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place,
    List<int>? DisclosureIds = null, long? Version = null);

/// <summary>Who attended (employee numbers); registered people not listed are marked absent, walk-ins are added.</summary>
public sealed record AttendanceInput(List<string>? AttendedNumbers);

public sealed record LinkedDisclosureView(int Id, string Number, string Title);
public sealed record SessionAttendeeView(int EmployeeId, string EmployeeNumber, string Name, DateTimeOffset RegisteredAt, bool Attended);

public sealed record SharingRow(int Id, string Topic, string Speaker, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int Attendees,
    int LinkedDisclosures, bool Registered, bool IAmSpeaker, bool Past);

/// <summary>
/// A session as the viewer may see it: every signed-in user sees topic, speaker, time and place; linked disclosures are named
/// (number and title) only to those who may see them (<see cref="HiddenDisclosures"/> counts the rest); the attendee names
/// (<see cref="Attendees"/>, null otherwise) only to the office, the speaker and administrators.
/// </summary>
public sealed record SharingView(int Id, string Topic, string TopicEn, string? TopicZh, int SpeakerEmployeeId, string SpeakerNumber, string Speaker,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, List<LinkedDisclosureView> Disclosures, int HiddenDisclosures,
    List<SessionAttendeeView>? Attendees, int AttendeeCount, bool Registered, bool Started, bool CanEdit, bool CanRegister, bool CanMarkAttendance,
    bool CanAddMaterial, long Version);

/// <summary>List filters: sessions starting on or after <see cref="From"/> and on or before <see cref="To"/> (dates), mine = I speak or attend.</summary>
public sealed record SharingFilter(DateOnly? From = null, DateOnly? To = null, bool Mine = false);

public sealed record SharingList(List<SharingRow> Upcoming, List<SharingRow> Past);

/// <summary>
/// Knowledge-sharing sessions (成果转化经验分享会): the office schedules, changes and cancels them; any employee registers
/// for a future one; the office marks attendance once it started. A company-wide forum: controlled and draft disclosures
/// cannot be linked, and what a viewer may not see is only counted.
/// </summary>
public sealed class SharingHandlers(TalentChainDbContext db, CommercializationAccess access, INotifier notifier, TimeProvider clock,
    IStringLocalizer<CommercializationResource> t)
{
    public async Task<SharingList> ListAsync(CommercializationViewer v, SharingFilter f, CancellationToken ct = default)
    {
        var q = db.SharingSessions.AsNoTracking();
        if (f.From is { } from)
        {
            var start = SiteTime.StartOf(from).ToUniversalTime();
            q = q.Where(s => s.StartsAt >= start);
        }
        if (f.To is { } to)
        {
            var end = SiteTime.StartOf(to.AddDays(1)).ToUniversalTime();
            q = q.Where(s => s.StartsAt < end);
        }
        var me = v.EmployeeId ?? -1;
        if (f.Mine) q = q.Where(s => s.SpeakerEmployeeId == me || s.Attendees.Any(a => a.EmployeeId == me));
        var rows = await q.Select(s => new
        {
            s.Id, s.Topic, s.TopicZh, s.StartsAt, s.EndsAt, s.Place, s.SpeakerEmployeeId, Speaker = s.Speaker!,
            Attendees = s.Attendees.Count, Linked = s.Disclosures.Count, Registered = s.Attendees.Any(a => a.EmployeeId == me),
        }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var chinese = UiCulture.IsChinese;
        var all = rows.OrderBy(r => r.StartsAt.UtcTicks).Select(r => new SharingRow(r.Id, UiCulture.Pick(r.Topic, r.TopicZh, chinese), r.Speaker.DisplayName(chinese),
            r.StartsAt, r.EndsAt, r.Place, r.Attendees, r.Linked, r.Registered, r.SpeakerEmployeeId == me, r.EndsAt <= now)).ToList();
        return new SharingList([.. all.Where(r => !r.Past)], [.. all.Where(r => r.Past).Reverse()]);
    }

    public async Task<SharingView> GetAsync(CommercializationViewer v, int id, CancellationToken ct = default)
    {
        var s = await db.SharingSessions.AsNoTracking().Include(x => x.Speaker).Include(x => x.Attendees).ThenInclude(a => a.Employee).Include(x => x.Disclosures)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Sharing.NotFound", id]);
        var chinese = UiCulture.IsChinese;
        var linked = s.Disclosures.Select(x => x.DisclosureId).ToList();
        var visible = linked.Count == 0 ? []
            : await access.VisibleDisclosures(v).Where(d => linked.Contains(d.Id)).OrderBy(d => d.Number).Select(d => new { d.Id, d.Number, d.Title, d.TitleZh }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var me = v.EmployeeId;
        var isSpeaker = me == s.SpeakerEmployeeId;
        var seesNames = v.Office || isSpeaker;
        var started = s.StartsAt <= now;
        return new SharingView(s.Id, s.DisplayTopic(chinese), s.Topic, s.TopicZh, s.SpeakerEmployeeId, s.Speaker!.EmployeeNumber, s.Speaker.DisplayName(chinese),
            s.StartsAt, s.EndsAt, s.Place, [.. visible.Select(d => new LinkedDisclosureView(d.Id, d.Number, UiCulture.Pick(d.Title, d.TitleZh, chinese)))],
            linked.Count - visible.Count,
            seesNames ? [.. s.Attendees.OrderBy(a => a.RegisteredAt.UtcTicks).ThenBy(a => a.Id)
                .Select(a => new SessionAttendeeView(a.EmployeeId, a.Employee!.EmployeeNumber, a.Employee.DisplayName(chinese), a.RegisteredAt, a.Attended))] : null,
            s.Attendees.Count, me is { } m && s.Attendees.Any(a => a.EmployeeId == m), started,
            v.Office, !started && me is not null, v.Office && started, v.Office || isSpeaker, s.Version);
    }

    /// <summary>The office schedules (id null) or changes a session; registered attendees are told of a change.</summary>
    public async Task<SharingView> SaveAsync(CommercializationViewer v, int? id, SharingInput input, CancellationToken ct = default)
    {
        SharingSession s;
        if (id is { } existing)
        {
            s = await db.SharingSessions.Include(x => x.Disclosures).Include(x => x.Attendees).FirstOrDefaultAsync(x => x.Id == existing, ct)
                ?? throw new NotFoundException(t["Sharing.NotFound", existing]);
            if (!v.Office) throw new AccessDeniedException(t["Access.Office"]);
            if (input.Version is { } ver && ver != s.Version) throw ValidationFailedException.For(t["Sharing.Invalid"], "Version", t["Sharing.Stale"]);
        }
        else
        {
            if (!v.Office) throw new AccessDeniedException(t["Access.Office"]);
            s = new SharingSession { CreatedBy = v.Name };
        }

        // Stored in UTC (PostgreSQL's timestamptz takes offset 0 only); shown in China time.
        input = input with { StartsAt = input.StartsAt?.ToUniversalTime(), EndsAt = input.EndsAt?.ToUniversalTime() };
        var errors = new FieldErrors();
        var topic = input.Topic?.Trim() ?? "";
        if (topic.Length == 0) errors.Add("Topic", t["Sharing.TopicRequired"]);
        else if (topic.Length > 300) errors.Add("Topic", t["Disclosure.TooLong", 300]);
        var topicZh = string.IsNullOrWhiteSpace(input.TopicZh) ? null : input.TopicZh.Trim();
        if (topicZh?.Length > 300) errors.Add("TopicZh", t["Disclosure.TooLong", 300]);
        var place = input.Place?.Trim() ?? "";
        if (place.Length == 0) errors.Add("Place", t["Sharing.PlaceRequired"]);
        else if (place.Length > 200) errors.Add("Place", t["Disclosure.TooLong", 200]);
        var now = clock.GetUtcNow();
        if (input.StartsAt is not { } start) errors.Add("StartsAt", t["Sharing.StartRequired"]);
        else if (start < now && (s.Id == 0 || start != s.StartsAt)) errors.Add("StartsAt", t["Sharing.StartPast", SiteTime.Format(start)]);
        if (input.EndsAt is not { } end) errors.Add("EndsAt", t["Sharing.EndRequired"]);
        else if (input.StartsAt is { } st && end <= st) errors.Add("EndsAt", t["Sharing.EndBeforeStart", SiteTime.Format(end), SiteTime.Format(st)]);

        var number = input.SpeakerNumber?.Trim() ?? "";
        EmployeeRef? speaker = null;
        if (number.Length == 0) errors.Add("SpeakerNumber", t["Sharing.SpeakerRequired"]);
        else
        {
            speaker = await db.EmployeeRefs.AsNoTracking().FirstOrDefaultAsync(e => e.EmployeeNumber == number, ct);
            if (speaker is null) errors.Add("SpeakerNumber", t["Sharing.SpeakerUnknown", number]);
        }

        // Linked disclosures: ones the caller may see, neither controlled (an open forum) nor drafts.
        var ids = (input.DisclosureIds ?? []).Distinct().ToList();
        var found = ids.Count == 0 ? []
            : await access.VisibleDisclosures(v).Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Number, d.Controlled, d.Status }).ToListAsync(ct);
        foreach (var did in ids)
        {
            var d = found.FirstOrDefault(x => x.Id == did);
            if (d is null) errors.Add("DisclosureIds", t["Disclosure.NotFound", did]);
            else if (d.Controlled) errors.Add("DisclosureIds", t["Sharing.DisclosureControlled", d.Number]);
            else if (d.Status == DisclosureStatus.Draft) errors.Add("DisclosureIds", t["Sharing.DisclosureDraft", d.Number]);
        }
        errors.ThrowIfAny(t["Sharing.Invalid"]);

        var changed = s.Id != 0 && (s.StartsAt != input.StartsAt || s.EndsAt != input.EndsAt || s.Place != place || s.Topic != topic || s.TopicZh != topicZh);
        (s.Topic, s.TopicZh, s.Place, s.StartsAt, s.EndsAt, s.SpeakerEmployeeId) = (topic, topicZh, place, input.StartsAt!.Value, input.EndsAt!.Value, speaker!.Id);
        s.Disclosures.RemoveAll(x => !ids.Contains(x.DisclosureId));
        foreach (var did in ids.Where(did => s.Disclosures.All(x => x.DisclosureId != did))) s.Disclosures.Add(new SessionDisclosure { DisclosureId = did });
        var created = s.Id == 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (created) db.SharingSessions.Add(s);
        else db.Entry(s).State = EntityState.Modified; // a change of links alone still bumps the version
        await db.SaveChangesAsync(ct);
        db.RecordAuditEvent("SharingSession", s.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?>
        {
            ["Action"] = created ? "Scheduled" : "Updated", ["Topic"] = topic, ["Speaker"] = number, ["StartsAt"] = s.StartsAt.ToString("O", CultureInfo.InvariantCulture),
            ["EndsAt"] = s.EndsAt.ToString("O", CultureInfo.InvariantCulture), ["Place"] = place,
            ["Disclosures"] = string.Join(",", ids.Select(x => x.ToString(CultureInfo.InvariantCulture))), ["By"] = v.Name,
        });
        if (changed)
            foreach (var a in s.Attendees)
                await notifier.NotifyEmployeeAsync<CommercializationResource>(a.EmployeeId, "Notify.SharingChanged.Subject", "Notify.SharingChanged.Body",
                    [Topic(s), SiteTime.Format(s.StartsAt), s.Place], $"/commercialization/sharing/{s.Id}", null, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(v, s.Id, ct);
    }

    /// <summary>The office cancels a session that has not started: it is deleted with its materials, registered attendees are told.</summary>
    public async Task CancelAsync(CommercializationViewer v, int id, CancellationToken ct = default)
    {
        var s = await db.SharingSessions.Include(x => x.Attendees).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Sharing.NotFound", id]);
        if (!v.Office) throw new AccessDeniedException(t["Access.Office"]);
        if (s.StartsAt <= clock.GetUtcNow()) throw new AccessDeniedException(t["Sharing.CancelStarted"]);
        foreach (var a in s.Attendees)
            await notifier.NotifyEmployeeAsync<CommercializationResource>(a.EmployeeId, "Notify.SharingCancelled.Subject", "Notify.SharingCancelled.Body",
                [Topic(s), SiteTime.Format(s.StartsAt), s.Place], "/commercialization/sharing", null, ct);
        var files = await db.CommercializationAttachments.Where(a => a.Owner == AttachmentOwner.SharingSession && a.OwnerId == id).ToListAsync(ct);
        db.CommercializationAttachments.RemoveRange(files);
        db.SharingSessions.Remove(s);
        db.RecordAuditEvent("SharingSession", id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?>
        {
            ["Action"] = "Cancelled", ["Topic"] = s.Topic, ["StartsAt"] = s.StartsAt.ToString("O", CultureInfo.InvariantCulture), ["Attendees"] = s.Attendees.Count.ToString(CultureInfo.InvariantCulture), ["By"] = v.Name,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Any signed-in employee registers for (or withdraws from) a session that has not started.</summary>
    public async Task<SharingView> RegisterAsync(CommercializationViewer v, int id, bool register, CancellationToken ct = default)
    {
        var s = await db.SharingSessions.Include(x => x.Attendees).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Sharing.NotFound", id]);
        if (v.EmployeeId is not { } me) throw new AccessDeniedException(t["Access.NoEmployee"]);
        if (s.StartsAt <= clock.GetUtcNow()) throw new AccessDeniedException(t["Sharing.RegistrationClosed"]);
        var mine = s.Attendees.FirstOrDefault(a => a.EmployeeId == me);
        if (register && mine is null) s.Attendees.Add(new SessionAttendee { EmployeeId = me, RegisteredAt = clock.GetUtcNow() });
        else if (!register && mine is not null) s.Attendees.Remove(mine);
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, id, ct);
    }

    /// <summary>The office marks who attended, once the session has started.</summary>
    public async Task<SharingView> MarkAttendanceAsync(CommercializationViewer v, int id, AttendanceInput input, CancellationToken ct = default)
    {
        var s = await db.SharingSessions.Include(x => x.Attendees).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(t["Sharing.NotFound", id]);
        if (!v.Office) throw new AccessDeniedException(t["Access.Office"]);
        var now = clock.GetUtcNow();
        if (s.StartsAt > now) throw ValidationFailedException.For(t["Sharing.Invalid"], "AttendedNumbers", t["Sharing.NotStarted", SiteTime.Format(s.StartsAt)]);
        var numbers = (input.AttendedNumbers ?? []).Select(n => n?.Trim() ?? "").Where(n => n.Length > 0).Distinct().ToList();
        var people = await db.EmployeeRefs.AsNoTracking().Where(e => numbers.Contains(e.EmployeeNumber)).Select(e => new { e.Id, e.EmployeeNumber }).ToListAsync(ct);
        var errors = new FieldErrors();
        foreach (var n in numbers.Where(n => people.All(p => p.EmployeeNumber != n))) errors.Add("AttendedNumbers", t["Sharing.AttendeeUnknown", n]);
        errors.ThrowIfAny(t["Sharing.Invalid"]);
        var present = people.Select(p => p.Id).ToHashSet();
        foreach (var a in s.Attendees) a.Attended = present.Contains(a.EmployeeId);
        foreach (var p in present.Where(p => s.Attendees.All(a => a.EmployeeId != p)))
            s.Attendees.Add(new SessionAttendee { EmployeeId = p, RegisteredAt = now, Attended = true });
        db.RecordAuditEvent("SharingSession", id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?>
        {
            ["Action"] = "Attendance", ["Attended"] = string.Join(",", numbers), ["By"] = v.Name,
        });
        await db.SaveChangesAsync(ct);
        return await GetAsync(v, id, ct);
    }

    /// <summary>The disclosures the office may link: visible to the viewer, submitted or later, not controlled (newest first).</summary>
    public async Task<List<LinkedDisclosureView>> LinkableAsync(CommercializationViewer v, CancellationToken ct = default)
    {
        var rows = await access.VisibleDisclosures(v).Where(d => !d.Controlled && d.Status != DisclosureStatus.Draft)
            .OrderByDescending(d => d.Number).Take(500).Select(d => new { d.Id, d.Number, d.Title, d.TitleZh }).ToListAsync(ct);
        var chinese = UiCulture.IsChinese;
        return [.. rows.Select(d => new LinkedDisclosureView(d.Id, d.Number, UiCulture.Pick(d.Title, d.TitleZh, chinese)))];
    }

    private static string Topic(SharingSession s) => s.TopicZh is { } zh && zh != s.Topic ? $"{zh} / {s.Topic}" : s.Topic;
}
