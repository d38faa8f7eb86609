using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Modules.Labs.Features.Grants;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;
using TalentChain.Platform.Files;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Labs.Features.Qualifications;

/// <summary>An uploaded file as a handler receives it (read with <see cref="LabsFiles.ReadLimitedAsync"/>).</summary>
public sealed record UploadedFile(string FileName, byte[] Content);

/// <summary>valid | expiring (within 30 days) | lapsed | revoked | superseded (a later record of the type covers it).</summary>
public sealed record QualificationRecordView(int Id, int EmployeeId, string EmployeeNumber, string PersonName, int TypeId, string TypeCode, string TypeName,
    DateOnly GrantedOn, DateOnly ExpiresOn, QualificationSource Source, string SourceName, string? CourseCode, int? SessionId, string RecordedBy, string? Note,
    string? EvidenceFileName, DateOnly? RevokedOn, string? RevokeReason, string State, int DaysLeft);

public sealed record PersonQualificationsView(int EmployeeId, string EmployeeNumber, string Name, List<QualificationRecordView> Records, bool CanRecord);

/// <summary>A qualification recorded by hand: the type code, when granted, and optionally the expiry (default granted + validity).</summary>
public sealed record ManualQualificationInput(string? TypeCode, DateOnly? GrantedOn, DateOnly? ExpiresOn, string? Note);

public sealed record RevokeInput(string? Reason);

/// <summary>A person's qualification records: read (for those allowed), recorded by hand with evidence, revoked, granted by training.</summary>
public sealed class QualificationRecords(TalentChainDbContext db, LabsAccess access, GrantStates states, LabsText text, TimeProvider clock,
    IStringLocalizer<LabsResource> t, IStringLocalizer<SharedResource> shared)
{
    public const int ReminderDays = 30;

    public static string StateOf(QualificationRecord r, IEnumerable<QualificationRecord> all, DateOnly today)
    {
        if (r.RevokedOn is not null) return "revoked";
        if (all.Any(o => o.Id != r.Id && o.RevokedOn is null && o.QualificationTypeId == r.QualificationTypeId && o.EmployeeId == r.EmployeeId && o.ExpiresOn > r.ExpiresOn && o.GrantedOn <= today))
            return "superseded";
        if (r.ExpiresOn < today) return "lapsed";
        return r.ExpiresOn.DayNumber - today.DayNumber <= ReminderDays ? "expiring" : "valid";
    }

    public async Task<List<QualificationRecordView>> ViewsAsync(IQueryable<QualificationRecord> query, CancellationToken ct)
    {
        var chinese = UiCulture.IsChinese;
        var today = clock.Today();
        var rows = await query.AsNoTracking().Include(r => r.QualificationType).Include(r => r.Employee)
            .OrderBy(r => r.EmployeeId).ThenBy(r => r.QualificationType!.Code).ThenByDescending(r => r.ExpiresOn).ToListAsync(ct);
        return [.. rows.Select(r => new QualificationRecordView(r.Id, r.EmployeeId, r.Employee!.EmployeeNumber, r.Employee.DisplayName(chinese), r.QualificationTypeId,
            r.QualificationType!.Code, r.QualificationType.DisplayName(chinese), r.GrantedOn, r.ExpiresOn, r.Source, text.Source(r.Source), r.CourseCode, r.SessionId,
            r.RecordedBy, r.Note, r.EvidenceFileName, r.RevokedOn, r.RevokeReason, StateOf(r, rows, today), r.ExpiresOn.DayNumber - today.DayNumber))];
    }

    public async Task<PersonQualificationsView> PersonAsync(LabsViewer viewer, int employeeId, CancellationToken ct = default)
    {
        var person = await db.EmployeeRefs.AsNoTracking().Where(e => e.Id == employeeId).Select(e => new { e.Id, e.EmployeeNumber, e.GivenName, e.FamilyName, e.ChineseName }).FirstOrDefaultAsync(ct);
        if (person is null || !await access.MaySeePersonAsync(viewer, employeeId, ct)) throw new NotFoundException(t["Person.NotFound", employeeId]);
        var records = await ViewsAsync(db.QualificationRecords.Where(r => r.EmployeeId == employeeId), ct);
        return new PersonQualificationsView(person.Id, person.EmployeeNumber, PersonName.Display(person.GivenName, person.FamilyName, person.ChineseName, UiCulture.IsChinese),
            records, viewer.Admin || viewer.IsLabManager);
    }

    /// <summary>Every record the viewer may see (for the export): all for the administration, else the people they may see.</summary>
    public async Task<List<QualificationRecordView>> VisibleAsync(LabsViewer viewer, CancellationToken ct = default)
    {
        if (viewer.Admin) return await ViewsAsync(db.QualificationRecords, ct);
        var holders = await db.QualificationRecords.AsNoTracking().Select(r => r.EmployeeId).Distinct().ToListAsync(ct);
        var visible = (await access.VisiblePeopleAsync(viewer, holders, ct)).ToList();
        return await ViewsAsync(db.QualificationRecords.Where(r => visible.Contains(r.EmployeeId)), ct);
    }

    /// <summary>A lab manager or the safety administration records a qualification with an evidence file (PDF, JPEG, PNG).</summary>
    public async Task<QualificationRecordView> RecordAsync(LabsViewer viewer, int employeeId, ManualQualificationInput input, UploadedFile? evidence, CancellationToken ct = default)
    {
        if (!await db.EmployeeRefs.AnyAsync(e => e.Id == employeeId, ct) || !await access.MaySeePersonAsync(viewer, employeeId, ct))
            throw new NotFoundException(t["Person.NotFound", employeeId]);
        if (!viewer.Admin && !viewer.IsLabManager) throw new AccessDeniedException(t["Access.RecordQualification"]);
        var today = clock.Today();
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.TypeCode), input.TypeCode));
        var typeCode = input.TypeCode?.Trim().ToUpperInvariant();
        var type = string.IsNullOrEmpty(typeCode) ? null : await db.QualificationTypes.AsNoTracking().FirstOrDefaultAsync(q => q.Code == typeCode, ct);
        if (type is null) errors.Add(nameof(input.TypeCode), string.IsNullOrWhiteSpace(input.TypeCode) ? t["Qualification.TypeRequired"] : t["Qualification.UnknownType", input.TypeCode]);
        if (input.GrantedOn is not { } granted) errors.Add(nameof(input.GrantedOn), t["Qualification.GrantedRequired"]);
        else if (granted > today) errors.Add(nameof(input.GrantedOn), t["Qualification.GrantedFuture"]);
        else if (!DateBounds.Contains(granted)) errors.Add(nameof(input.GrantedOn), t["Common.DateRange"]);
        if (input.ExpiresOn is { } exp && input.GrantedOn is { } g2 && exp < g2) errors.Add(nameof(input.ExpiresOn), t["Qualification.ExpiresBeforeGranted"]);
        if (input.ExpiresOn is { } exp2 && !DateBounds.Contains(exp2)) errors.Add(nameof(input.ExpiresOn), t["Common.DateRange"]);
        if (input.Note?.Length > 1000) errors.Add(nameof(input.Note), t["Common.TooLong", 1000]);
        string? contentType = null;
        if (evidence is null) errors.Add("Evidence", t["File.EvidenceRequired"]);
        else contentType = LabsFiles.CheckEvidence(errors, "Evidence", evidence, t, shared);
        errors.ThrowIfAny(t["Qualification.Invalid"]);
        var r = new QualificationRecord
        {
            EmployeeId = employeeId, QualificationTypeId = type!.Id, GrantedOn = input.GrantedOn!.Value,
            ExpiresOn = input.ExpiresOn ?? input.GrantedOn.Value.AddMonths(type.ValidityMonths), Source = QualificationSource.Manual,
            RecordedBy = viewer.Name, Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            EvidenceFileName = FileNames.SafeBaseName(evidence!.FileName), EvidenceContentType = contentType, EvidenceContent = evidence.Content,
        };
        db.QualificationRecords.Add(r);
        // A renewal cures at once: suspended grants it covers are reinstated in the same save.
        await states.ApplyAsync([employeeId], today, ct);
        await db.SaveChangesAsync(ct);
        return (await ViewsAsync(db.QualificationRecords.Where(x => x.Id == r.Id), ct))[0];
    }

    public async Task<QualificationRecordView> RevokeAsync(LabsViewer viewer, int id, RevokeInput input, CancellationToken ct = default)
    {
        var r = await db.QualificationRecords.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null || !await access.MaySeePersonAsync(viewer, r.EmployeeId, ct)) throw new NotFoundException(t["Qualification.NotFound", id]);
        if (!viewer.Admin && !viewer.IsLabManager) throw new AccessDeniedException(t["Access.RecordQualification"]);
        var errors = new FieldErrors();
        errors.RequireOneLine(shared, (nameof(input.Reason), input.Reason));
        if (r.RevokedOn is not null) errors.Add("", t["Qualification.AlreadyRevoked"]);
        if (string.IsNullOrWhiteSpace(input.Reason)) errors.Add(nameof(input.Reason), t["Common.ReasonRequired"]);
        else if (input.Reason.Length > 1000) errors.Add(nameof(input.Reason), t["Common.TooLong", 1000]);
        errors.ThrowIfAny(t["Qualification.Invalid"]);
        var today = clock.Today();
        r.RevokedOn = today;
        r.RevokedBy = viewer.Name;
        r.RevokeReason = input.Reason!.Trim();
        db.RecordAuditEvent("LabQualification", r.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string?> { ["Action"] = "Revoked", ["Reason"] = r.RevokeReason });
        await states.ApplyAsync([r.EmployeeId], today, ct);
        await db.SaveChangesAsync(ct);
        return (await ViewsAsync(db.QualificationRecords.Where(x => x.Id == r.Id), ct))[0];
    }

    public async Task<(byte[] Content, string ContentType, string FileName)> EvidenceAsync(LabsViewer viewer, int id, CancellationToken ct = default)
    {
        var r = await db.QualificationRecords.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.EmployeeId, x.EvidenceContent, x.EvidenceContentType, x.EvidenceFileName }).FirstOrDefaultAsync(ct);
        if (r is null || r.EvidenceContent is null || !await access.MaySeePersonAsync(viewer, r.EmployeeId, ct)) throw new NotFoundException(t["Qualification.NotFound", id]);
        return (r.EvidenceContent, r.EvidenceContentType!, r.EvidenceFileName!);
    }

    /// <summary>
    /// Records (or renews) the qualifications a passed course grants, once per session, and reinstates the person's
    /// suspended grants it cures. Does not save: the caller's SaveChanges does (the training result's transaction).
    /// </summary>
    public async Task<int> GrantFromTrainingAsync(CourseCompletion c, CancellationToken ct = default)
    {
        var types = await db.QualificationTypes.AsNoTracking().Where(q => q.Courses.Any(x => x.CourseId == c.CourseId)).ToListAsync(ct);
        var added = 0;
        foreach (var q in types)
        {
            var exists = await db.QualificationRecords.AnyAsync(r => r.EmployeeId == c.EmployeeId && r.QualificationTypeId == q.Id && r.SessionId == c.SessionId, ct)
                || db.QualificationRecords.Local.Any(r => r.EmployeeId == c.EmployeeId && r.QualificationTypeId == q.Id && r.SessionId == c.SessionId);
            if (exists) continue;
            db.QualificationRecords.Add(new QualificationRecord
            {
                EmployeeId = c.EmployeeId, QualificationTypeId = q.Id, GrantedOn = c.CompletedOn, ExpiresOn = c.CompletedOn.AddMonths(q.ValidityMonths),
                Source = QualificationSource.Training, CourseCode = c.CourseCode, SessionId = c.SessionId, RecordedBy = db.CurrentUser.Name,
            });
            added++;
        }
        if (added > 0) await states.ApplyAsync([c.EmployeeId], clock.Today(), ct);
        return added;
    }
}

/// <summary>Passed courses grant qualifications in the same transaction as the training result (ICourseCompletionListener).</summary>
public sealed class LabsCourseCompletionListener(QualificationRecords records) : ICourseCompletionListener
{
    public Task CourseCompletedAsync(CourseCompletion completion, CancellationToken ct = default) => records.GrantFromTrainingAsync(completion, ct);
}
