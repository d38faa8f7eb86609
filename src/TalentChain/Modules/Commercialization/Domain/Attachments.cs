namespace TalentChain.Modules.Commercialization.Domain;

/// <summary>What a stored file belongs to.</summary>
public enum AttachmentOwner { Disclosure = 1, LegalRequest, SharingSession }

/// <summary>实验记录 (lab notebook), report, session material, other.</summary>
public enum AttachmentKind { LabNotebook = 1, Report, Material, Other }

/// <summary>An uploaded file (type-checked by content: PDF, DOCX, XLSX, PNG, JPEG) of a disclosure, legal request or session.</summary>
public class CommercializationAttachment
{
    public int Id { get; set; }
    public AttachmentOwner Owner { get; set; }
    public int OwnerId { get; set; }
    public AttachmentKind Kind { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public long Size { get; set; }
    public string UploadedBy { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
}
