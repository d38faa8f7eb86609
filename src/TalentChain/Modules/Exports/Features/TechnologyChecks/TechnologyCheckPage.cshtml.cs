using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TalentChain.Modules.Exports.Contracts;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Exports.Features.TechnologyChecks;

/// <summary>/exports/technology-checks/{id}: one check — technology, party, suggested catalogue items, classification, documents, decisions, history.</summary>
[Authorize(Policy = ExportsPolicies.TechnologyChecks)]
[UploadLimit(TechnologyCheckHandlers.MaxDocumentBytes)]
public class TechnologyCheckPageModel(TechnologyCheckAccess access, TechnologyCheckHandlers checks, TechnologyCatalogueHandlers catalogue) : PageModel
{
    public TechnologyCheckView Check { get; private set; } = null!;
    public List<CatalogueItemView> Catalogue { get; private set; } = [];
    public bool Saved { get; private set; }

    [BindProperty] public long? Version { get; set; }
    [BindProperty] public TechnologyExportCategory? Category { get; set; }
    [BindProperty] public int? CatalogueItemId { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? DocumentKind { get; set; }
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public async Task OnGetAsync(int id, bool? saved, CancellationToken ct)
    {
        Saved = saved == true;
        await LoadAsync(id, ct);
    }

    public Task<IActionResult> OnPostStartReviewAsync(int id, CancellationToken ct) => RunAsync(id, (v, c) => checks.StartReviewAsync(v, id, new DecisionInput(null, Version), c), ct);

    public Task<IActionResult> OnPostClassifyAsync(int id, CancellationToken ct) => RunAsync(id, (v, c) => checks.ClassifyAsync(v, id, new ClassifyInput(Category, CatalogueItemId, Note, Version), c), ct);

    public Task<IActionResult> OnPostClearAsync(int id, CancellationToken ct) => RunAsync(id, (v, c) => checks.ClearAsync(v, id, new DecisionInput(null, Version), c), ct);

    public Task<IActionResult> OnPostRefuseAsync(int id, CancellationToken ct) => RunAsync(id, (v, c) => checks.RefuseAsync(v, id, new DecisionInput(Reason, Version), c), ct);

    public Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct) => RunAsync(id, (v, c) => checks.WithdrawAsync(v, id, new DecisionInput(Reason, Version), c), ct);

    public async Task<IActionResult> OnPostUploadAsync(int id, CancellationToken ct)
    {
        byte[] bytes = [];
        if (Upload is not null)
        {
            await using var stream = Upload.OpenReadStream();
            bytes = await TechnologyCheckHandlers.ReadLimitedAsync(stream, ct);
        }
        return await RunAsync(id, (v, c) => checks.AttachAsync(v, id, DocumentKind, Reference, Upload?.FileName ?? "", bytes, c), ct);
    }

    public async Task<IActionResult> OnGetDocumentAsync(int id, int documentId, CancellationToken ct)
    {
        var d = await checks.DocumentAsync(await access.ViewerAsync(User, ct), id, documentId, ct);
        return File(d.Content, d.ContentType, d.FileName);
    }

    private async Task<IActionResult> RunAsync(int id, Func<TechnologyCheckViewer, CancellationToken, Task<TechnologyCheckView>> call, CancellationToken ct)
    {
        ModelState.Clear();
        var viewer = await access.ViewerAsync(User, ct);
        if (await this.TryHandlerAsync(() => call(viewer, ct))) return Redirect(TechnologyCheckHandlers.Link(id) + "?saved=true");
        if (Response.StatusCode == StatusCodes.Status404NotFound) return NotFound();
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(User, ct);
        Check = await checks.GetAsync(viewer, id, ct);
        Version = Check.Version;
        if (Check.CanManage) Catalogue = await catalogue.ListAsync(ct);
    }
}
