using TalentChain.Platform.Files;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Exports.Domain;
using TalentChain.Modules.Exports.Features.Calendars;
using TalentChain.Platform.Data;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Applications.Documents;

/// <summary>Documents of an application: attach (size and content checked) and download.</summary>
public sealed class ApplicationDocumentsHandler(TalentChainDbContext db, IStringLocalizer<ExportsResource> L, ExportsText text, TimeProvider clock, IStringLocalizer<SharedResource> shared)
{
    public const long MaxDocumentBytes = 5 * 1024 * 1024;

    /// <summary>Attaches a file after checking its size and that its content matches its declared type.</summary>
    public async Task<DocumentView> AttachAsync(int id, string? kindText, string fileName, byte[] content, CancellationToken ct = default)
    {
        var a = await db.LicenceApplications.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(L["Application.NotFound", id]);
        var errors = new FieldErrors();
        if (!Enum.TryParse<DocumentKind>(kindText, true, out var kind) || !Enum.IsDefined(kind)) errors.Add("Kind", L["Document.KindUnknown", kindText ?? ""]);
        if (a.Status is ApplicationStatus.Approved or ApplicationStatus.PartiallyApproved or ApplicationStatus.Rejected or ApplicationStatus.Withdrawn)
            errors.Add("File", L["Document.Closed", text.Enum(a.Status)]);
        // The name is the sender's: a path (either separator), control characters, device names — keep a safe base name.
        errors.RequireOneLine(shared, ("File", fileName));
        var name = FileNames.SafeBaseName(fileName);
        if (content.Length == 0) errors.Add("File", L["Document.Empty"]);
        else if (content.Length > MaxDocumentBytes) errors.Add("File", L["Document.TooLarge", name, MaxDocumentBytes / 1024 / 1024]);
        else
        {
            var ext = Path.GetExtension(name).ToLowerInvariant();
            if (!FileSignatures.Expected.TryGetValue(ext, out var expected)) errors.Add("File", L["Document.TypeNotAllowed", name, string.Join(", ", FileSignatures.Expected.Keys)]);
            else if (FileSignatures.Detect(content) != expected.Type) errors.Add("File", L["Document.SignatureMismatch", name, ext]);
            else if (expected.Type == "zip" && !UploadedFiles.IsSafeZip(content)) errors.Add("File", L["Document.ZipBomb", name, UploadedFiles.MaxUnpackedBytes / 1024 / 1024]);
        }
        if (name.Length is 0 or > 260) errors.Add("File", L["Document.NameInvalid"]);
        errors.ThrowIfAny(L["Document.Refused"]);
        var doc = new ApplicationDocument
        {
            ApplicationId = id, Kind = kind, FileName = name, ContentType = FileSignatures.Expected[Path.GetExtension(name).ToLowerInvariant()].ContentType,
            Size = content.Length, Content = content, UploadedAt = clock.GetUtcNow(), UploadedBy = db.CurrentUser.Name,
        };
        db.ApplicationDocuments.Add(doc);
        await db.SaveChangesAsync(ct);
        return new DocumentView(doc.Id, doc.Kind.ToString(), text.Enum(doc.Kind), doc.FileName, doc.ContentType, doc.Size, doc.UploadedAt, doc.UploadedBy);
    }

    /// <summary>Reads at most one byte more than the limit, so an oversized upload is recognised without buffering all of it.</summary>
    public static Task<byte[]> ReadLimitedAsync(Stream stream, CancellationToken ct) => UploadedFiles.ReadLimitedAsync(stream, MaxDocumentBytes, ct);

    public async Task<ApplicationDocument> DocumentAsync(int id, int documentId, CancellationToken ct = default) =>
        await db.ApplicationDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.ApplicationId == id && d.Id == documentId, ct)
        ?? throw new NotFoundException(L["Document.NotFound", documentId]);
}
