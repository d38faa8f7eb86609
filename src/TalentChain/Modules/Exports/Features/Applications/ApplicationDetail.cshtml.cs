using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Exports.Features.Applications.Documents;
using TalentChain.Modules.Exports.Features.Applications.TransitionApplication;
using TalentChain.Modules.Exports.Features.Licences;
using TalentChain.Modules.Exports.Features.Licences.IssueLicence;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.Applications;

/// <summary>/exports/applications/{id}: the application, its clock and checklist; lifecycle moves, documents, the licence.</summary>
[Authorize(Policy = ExportsPolicies.Manage)]
[UploadLimit(ApplicationDocumentsHandler.MaxDocumentBytes)]
public class ApplicationDetailModel(ApplicationReader applications, TransitionApplicationHandler transitions, ApplicationDocumentsHandler documents, IssueLicenceHandler issue, LicenceReader licences) : PageModel
{
    public ApplicationView App { get; private set; } = null!;
    public string? Message { get; private set; }
    public int? LicenceId { get; private set; }

    [BindProperty] public string? To { get; set; }
    [BindProperty] public DateOnly? OnDate { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public DateOnly? DueOn { get; set; }
    [BindProperty] public string? Policy { get; set; } = "Pause";
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public string? DocumentKind { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? LicenceNumber { get; set; }
    [BindProperty] public string? LicenceKind { get; set; } = "Individual";
    [BindProperty] public decimal? TolerancePercent { get; set; } = 5;
    [BindProperty] public DateOnly? ExpiresOn { get; set; }
    [BindProperty] public string? NoReexportTo { get; set; }
    [BindProperty] public bool NoDefenceUse { get; set; } = true;
    [BindProperty] public string? Conditions { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken ct)
    {
        Message = done;
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTransitionAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        if (await this.TryHandlerAsync(() => transitions.TransitionAsync(id, new TransitionInput(To, OnDate, Note, DueOn, Policy, Version), ct)))
            return Redirect($"/exports/applications/{id}?done=moved");
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        byte[] bytes = [];
        if (Upload is not null)
        {
            await using var stream = Upload.OpenReadStream();
            bytes = await ApplicationDocumentsHandler.ReadLimitedAsync(stream, ct);
        }
        if (await this.TryHandlerAsync(() => documents.AttachAsync(id, DocumentKind, Upload?.FileName ?? "", bytes, ct)))
            return Redirect($"/exports/applications/{id}?done=attached");
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        LicenceView? issued = null;
        var input = new LicenceInput(id, LicenceNumber, LicenceKind, null, ExpiresOn, TolerancePercent, NoReexportTo, NoDefenceUse, Conditions, null, null);
        if (await this.TryHandlerAsync(async () => issued = await issue.IssueAsync(input, ct)))
            return Redirect($"/exports/licences/{issued!.Id}");
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetDocumentAsync(int id, int documentId, CancellationToken ct)
    {
        var d = await documents.DocumentAsync(id, documentId, ct);
        return File(d.Content, d.ContentType, d.FileName);
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        App = await applications.GetAsync(id, ct);
        Version = App.Version;
        LicenceId = (await licences.ListAsync(ct)).FirstOrDefault(l => l.ApplicationId == id)?.Id;
    }
}
