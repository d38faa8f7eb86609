using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Platform.Data;
using TalentChain.Platform.Files;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Attachments;

/// <summary>An attached file as listed (no content).</summary>
public sealed record AttachmentView(int Id, AttachmentKind Kind, string KindName, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>
/// Files of a disclosure (实验记录 lab notebook, 研究报告 report, other) and of a knowledge-sharing session (materials): PDF,
/// DOCX, XLSX, PNG, JPEG up to 5 MB, checked by content (signature; Office files also against zip bombs) through
/// Platform/Files — one code path for every owner, nothing written when refused. Who may read and change depends on the
/// owner: a disclosure's files are listed and downloaded only by those who may read the full disclosure (404 otherwise) and
/// added or deleted only while it is a draft, by its inventors or the office; a session's materials are read by everyone who
/// may see the session (every signed-in user) and added or deleted by the office and the speaker.
/// </summary>
public sealed class AttachmentHandlers(TalentChainDbContext db, CommercializationAccess access, CommercializationText text, TimeProvider clock,
    IStringLocalizer<CommercializationResource> t, IStringLocalizer<SharedResource> shared)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    private static readonly string[] Types = [".pdf", ".docx", ".xlsx", ".png", ".jpg", ".jpeg"];

    /// <summary>Reads at most one byte more than the limit, so an oversized upload is recognised without buffering all of it.</summary>
    public static Task<byte[]> ReadLimitedAsync(Stream stream, CancellationToken ct) => UploadedFiles.ReadLimitedAsync(stream, MaxBytes, ct);

    public Task<List<AttachmentView>> ListAsync(CommercializationViewer v, int disclosureId, CancellationToken ct = default) =>
        ListAsync(v, AttachmentOwner.Disclosure, disclosureId, ct);

    public Task<CommercializationAttachment> DownloadAsync(CommercializationViewer v, int disclosureId, int attachmentId, CancellationToken ct = default) =>
        DownloadAsync(v, AttachmentOwner.Disclosure, disclosureId, attachmentId, ct);

    public Task<AttachmentView> AddAsync(CommercializationViewer v, int disclosureId, string? kindText, string? fileName, byte[] content, CancellationToken ct = default) =>
        AddAsync(v, AttachmentOwner.Disclosure, disclosureId, kindText, fileName, content, ct);

    public Task DeleteAsync(CommercializationViewer v, int disclosureId, int attachmentId, CancellationToken ct = default) =>
        DeleteAsync(v, AttachmentOwner.Disclosure, disclosureId, attachmentId, ct);

    public async Task<List<AttachmentView>> ListAsync(CommercializationViewer v, AttachmentOwner owner, int ownerId, CancellationToken ct = default)
    {
        await RequireReadAsync(v, owner, ownerId, ct);
        var rows = await db.CommercializationAttachments.AsNoTracking()
            .Where(a => a.Owner == owner && a.OwnerId == ownerId).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Kind, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy }).ToListAsync(ct);
        return [.. rows.Select(a => new AttachmentView(a.Id, a.Kind, KindName(a.Kind), a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy))];
    }

    public async Task<CommercializationAttachment> DownloadAsync(CommercializationViewer v, AttachmentOwner owner, int ownerId, int attachmentId, CancellationToken ct = default)
    {
        await RequireReadAsync(v, owner, ownerId, ct);
        return await db.CommercializationAttachments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Owner == owner && a.OwnerId == ownerId && a.Id == attachmentId, ct)
            ?? throw new NotFoundException(t["Attachment.NotFound", attachmentId]);
    }

    public async Task<AttachmentView> AddAsync(CommercializationViewer v, AttachmentOwner owner, int ownerId, string? kindText, string? fileName, byte[] content, CancellationToken ct = default)
    {
        await RequireEditAsync(v, owner, ownerId, ct);
        var errors = new FieldErrors();
        AttachmentKind kind;
        if (owner == AttachmentOwner.SharingSession)
        {
            // A session has materials only; no kind means a material.
            kind = AttachmentKind.Material;
            if (!string.IsNullOrWhiteSpace(kindText) && !string.Equals(kindText.Trim(), nameof(AttachmentKind.Material), StringComparison.OrdinalIgnoreCase))
                errors.Add("Kind", t["Attachment.KindUnknown", kindText]);
        }
        else if (!Enum.TryParse(kindText, true, out kind) || kind is not (AttachmentKind.LabNotebook or AttachmentKind.Report or AttachmentKind.Other))
            errors.Add("Kind", t["Attachment.KindUnknown", kindText ?? ""]);
        // The name is the sender's: keep a safe base name (no path, no control characters).
        errors.RequireOneLine(shared, ("File", fileName));
        var name = FileNames.SafeBaseName(fileName ?? "");
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (name.Length is 0 or > 260) errors.Add("File", t["Attachment.NameInvalid"]);
        else if (content.Length == 0) errors.Add("File", t["Attachment.Empty", name]);
        else if (content.Length > MaxBytes) errors.Add("File", t["Attachment.TooLarge", name, MaxBytes / 1024 / 1024]);
        else if (!Types.Contains(ext)) errors.Add("File", t["Attachment.TypeNotAllowed", name, string.Join(", ", Types)]);
        else if (FileSignatures.Detect(content) != FileSignatures.Expected[ext].Type) errors.Add("File", t["Attachment.SignatureMismatch", name, ext]);
        else if (FileSignatures.Expected[ext].Type == "zip" && !UploadedFiles.IsSafeZip(content)) errors.Add("File", t["Attachment.ZipBomb", name, UploadedFiles.MaxUnpackedBytes / 1024 / 1024]);
        errors.ThrowIfAny(t["Attachment.Refused"]);
        var a = new CommercializationAttachment
        {
            Owner = owner, OwnerId = ownerId, Kind = kind, FileName = name, ContentType = FileSignatures.Expected[ext].ContentType,
            Content = content, Size = content.Length, UploadedBy = v.Name, UploadedAt = clock.GetUtcNow(),
        };
        db.CommercializationAttachments.Add(a);
        await db.SaveChangesAsync(ct);
        return new AttachmentView(a.Id, a.Kind, KindName(a.Kind), a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy);
    }

    public async Task DeleteAsync(CommercializationViewer v, AttachmentOwner owner, int ownerId, int attachmentId, CancellationToken ct = default)
    {
        await RequireEditAsync(v, owner, ownerId, ct);
        var a = await db.CommercializationAttachments.FirstOrDefaultAsync(x => x.Owner == owner && x.OwnerId == ownerId && x.Id == attachmentId, ct)
            ?? throw new NotFoundException(t["Attachment.NotFound", attachmentId]);
        db.CommercializationAttachments.Remove(a);
        await db.SaveChangesAsync(ct);
    }

    private string KindName(AttachmentKind k) => text.Strings["AttachmentKind." + k];

    private async Task RequireReadAsync(CommercializationViewer v, AttachmentOwner owner, int ownerId, CancellationToken ct)
    {
        switch (owner)
        {
            case AttachmentOwner.Disclosure:
                // Who may read it in full (a line manager who sees title and status only gets no files).
                if (!await access.MayReadFullAsync(v, ownerId, ct))
                    throw new NotFoundException(t["Disclosure.NotFound", ownerId]);
                break;
            case AttachmentOwner.SharingSession:
                // A company-wide forum: every signed-in user sees the session and its materials.
                if (!await db.SharingSessions.AnyAsync(s => s.Id == ownerId, ct)) throw new NotFoundException(t["Sharing.NotFound", ownerId]);
                break;
            default:
                throw new NotFoundException(t["Attachment.NotFound", ownerId]);
        }
    }

    private async Task RequireEditAsync(CommercializationViewer v, AttachmentOwner owner, int ownerId, CancellationToken ct)
    {
        await RequireReadAsync(v, owner, ownerId, ct);
        if (owner == AttachmentOwner.SharingSession)
        {
            var speaker = await db.SharingSessions.AsNoTracking().Where(s => s.Id == ownerId).Select(s => s.SpeakerEmployeeId).FirstAsync(ct);
            if (!v.Office && v.EmployeeId != speaker) throw new AccessDeniedException(t["Access.SharingMaterial"]);
            return;
        }
        var d = await db.Disclosures.AsNoTracking().Include(x => x.Inventors).FirstAsync(x => x.Id == ownerId, ct);
        if (d.Status != DisclosureStatus.Draft) throw new AccessDeniedException(t["Disclosure.NotDraft", d.Number]);
        if (!v.Office && !(v.EmployeeId is { } me && d.Inventors.Any(i => i.EmployeeId == me))) throw new AccessDeniedException(t["Access.EditDisclosure"]);
    }
}
