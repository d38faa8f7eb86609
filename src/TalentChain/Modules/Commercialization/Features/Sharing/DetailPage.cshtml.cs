using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.Attachments;
using TalentChain.Modules.Commercialization.Web;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Sharing;

/// <summary>/commercialization/sharing/{id}: a session — register, materials, and for the office changes, cancellation and attendance.</summary>
[Authorize(Policy = CommercializationPolicies.Use)]
[UploadLimit(AttachmentHandlers.MaxBytes)]
public class SharingDetailPageModel(CommercializationAccess access, SharingHandlers sessions, AttachmentHandlers attachments, IStringLocalizer<CommercializationResource> t)
    : CommercializationPageModel(access)
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public SharingForm Form { get; set; } = new();
    public SharingView View { get; private set; } = null!;
    public List<AttachmentView> Materials { get; private set; } = [];
    public List<LinkedDisclosureView> Linkable { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FillAsync(fresh: true, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRegisterAsync(CancellationToken ct) => RunAsync(v => sessions.RegisterAsync(v, Id, true, ct), t["Sharing.Registered"], ct);

    public Task<IActionResult> OnPostUnregisterAsync(CancellationToken ct) => RunAsync(v => sessions.RegisterAsync(v, Id, false, ct), t["Sharing.Unregistered"], ct);

    public Task<IActionResult> OnPostUpdateAsync(CancellationToken ct) => RunAsync(v => sessions.SaveAsync(v, Id, Form.ToInput(), ct), t["Sharing.Updated"], ct);

    public Task<IActionResult> OnPostAttendanceAsync(List<string>? attended, string? walkIns, CancellationToken ct) =>
        RunAsync(v => sessions.MarkAttendanceAsync(v, Id, new AttendanceInput([.. attended ?? [],
            .. (walkIns ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]), ct), t["Sharing.AttendanceSaved"], ct);

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (await TryAsync(async () => await sessions.CancelAsync(await ViewerAsync(ct), Id, ct)))
        {
            Message = t["Sharing.Cancelled"];
            return LocalRedirect("/commercialization/sharing");
        }
        return await FillAsync(fresh: true, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostMaterialAsync(IFormFile? upload, CancellationToken ct)
    {
        var bytes = Array.Empty<byte>();
        if (upload is not null)
        {
            await using var stream = upload.OpenReadStream();
            bytes = await AttachmentHandlers.ReadLimitedAsync(stream, ct);
        }
        return await RunAsync(v => attachments.AddAsync(v, AttachmentOwner.SharingSession, Id, null, upload?.FileName ?? "", bytes, ct), t["Attachment.Added"], ct);
    }

    public Task<IActionResult> OnPostDeleteMaterialAsync(int attachmentId, CancellationToken ct) =>
        RunAsync(v => attachments.DeleteAsync(v, AttachmentOwner.SharingSession, Id, attachmentId, ct), t["Attachment.Deleted"], ct);

    /// <summary>Downloads a material: the same handler and the same 404 as the API.</summary>
    public async Task<IActionResult> OnGetMaterialAsync(int attachmentId, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        CommercializationAttachment? a = null;
        if (!await LoadAsync(async () => a = await attachments.DownloadAsync(viewer, AttachmentOwner.SharingSession, Id, attachmentId, ct))) return NotFound();
        return File(a!.Content, a.ContentType, a.FileName);
    }

    private Task<IActionResult> RunAsync(Func<CommercializationViewer, Task> call, string done, CancellationToken ct) =>
        ActAsync(async () => await call(await ViewerAsync(ct)), done, new { id = Id }, () => FillAsync(fresh: false, ct));

    private async Task<bool> FillAsync(bool fresh, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        if (!await LoadAsync(async () => View = await sessions.GetAsync(viewer, Id, ct))) return false;
        Materials = await attachments.ListAsync(viewer, AttachmentOwner.SharingSession, Id, ct);
        if (View.CanEdit)
        {
            Linkable = await sessions.LinkableAsync(viewer, ct);
            if (fresh || Form.Topic is null) Form = SharingForm.Of(View);
        }
        return true;
    }
}
