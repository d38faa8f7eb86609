using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Features.Attachments;
using TalentChain.Modules.Commercialization.Features.Evaluations;
using TalentChain.Modules.Commercialization.Features.Legal;
using TalentChain.Modules.Commercialization.Web;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Commercialization.Features.Disclosures;

/// <summary>/commercialization/disclosures/{id}: the disclosure, submit, and its evaluation (committee, scores, the office's decision).</summary>
[Authorize(Policy = CommercializationPolicies.Use)]
[UploadLimit(AttachmentHandlers.MaxBytes)]
public class DetailPageModel(CommercializationAccess access, DisclosureHandlers disclosures, EvaluationHandlers evaluations, AttachmentHandlers attachments, LegalHandlers legal, IStringLocalizer<CommercializationResource> t) : CommercializationPageModel(access)
{
    [FromRoute] public int Id { get; set; }
    public DisclosureView View { get; private set; } = null!;
    public EvaluationView? Evaluation { get; private set; }
    public List<AttachmentView> Attachments { get; private set; } = [];
    /// <summary>The legal requests about it the viewer may see.</summary>
    public List<LegalRequestRow> LegalRequests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FillAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(long? version, CancellationToken ct) =>
        RunAsync(v => disclosures.SubmitAsync(v, Id, version, ct), t["Disclosure.Submitted"], ct);

    public Task<IActionResult> OnPostOpenAsync(string? members, CancellationToken ct) =>
        RunAsync(v => evaluations.OpenAsync(v, Id, new OpenEvaluationInput([.. (members ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]), ct),
            t["Evaluation.Opened"], ct);

    public Task<IActionResult> OnPostScoreAsync(int? novelty, int? trl, int? market, int? strategicFit, string? comment, CancellationToken ct) =>
        RunAsync(v => evaluations.ScoreAsync(v, Id, new ScoreInput(novelty, trl, market, strategicFit, comment), ct), t["Evaluation.Scored"], ct);

    public Task<IActionResult> OnPostDecideAsync(DisclosureDecision? decision, string? reasons, string? extraHolders, CancellationToken ct) =>
        RunAsync(v => evaluations.DecideAsync(v, Id, new DecisionInput(decision, reasons,
            [.. (extraHolders ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]), ct), t["Evaluation.Decided"], ct);

    public async Task<IActionResult> OnPostAttachAsync(string? kind, IFormFile? upload, CancellationToken ct)
    {
        var bytes = Array.Empty<byte>();
        if (upload is not null)
        {
            await using var stream = upload.OpenReadStream();
            bytes = await AttachmentHandlers.ReadLimitedAsync(stream, ct);
        }
        return await RunAsync(v => attachments.AddAsync(v, Id, kind, upload?.FileName ?? "", bytes, ct), t["Attachment.Added"], ct);
    }

    public Task<IActionResult> OnPostDeleteAttachmentAsync(int attachmentId, CancellationToken ct) =>
        RunAsync(v => attachments.DeleteAsync(v, Id, attachmentId, ct), t["Attachment.Deleted"], ct);

    /// <summary>Downloads a file: the same handler and the same 404 as the API.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(int attachmentId, CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        CommercializationAttachment? a = null;
        if (!await LoadAsync(async () => a = await attachments.DownloadAsync(viewer, Id, attachmentId, ct))) return NotFound();
        return File(a!.Content, a.ContentType, a.FileName);
    }

    private Task<IActionResult> RunAsync(Func<CommercializationViewer, Task> call, string done, CancellationToken ct) =>
        ActAsync(async () => await call(await ViewerAsync(ct)), done, new { id = Id }, () => FillAsync(ct));

    private async Task<bool> FillAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        if (!await LoadAsync(async () => View = await disclosures.GetAsync(viewer, Id, ct))) return false;
        if (!View.Limited) Attachments = await attachments.ListAsync(viewer, Id, ct);
        if (!View.Limited) LegalRequests = await legal.ForDisclosureAsync(viewer, Id, ct);
        if (!View.Limited && View.Status is DisclosureStatus.UnderEvaluation or DisclosureStatus.Decided)
        {
            try { Evaluation = await evaluations.GetAsync(viewer, Id, ct); }
            catch (NotFoundException) { Evaluation = null; }
        }
        return true;
    }
}
