using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.Careers.Features.Appointments;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Careers.Features.Titles;

/// <summary>/careers/titles/{id}: one title application — eligibility, evidence, recommendation, scores and votes, notice, grant.</summary>
[Authorize(Policy = CareersPolicies.Use)]
[UploadLimit(TitleApplications.MaxEvidenceBytes)]
public sealed class TitleApplicationPageModel(TitleApplications titles) : ModulePageModel
{
    public TitleApplicationView App { get; private set; } = null!;

    [BindProperty] public EvidenceType? EvidenceType { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Recommendation { get; set; }
    [BindProperty] public VoteChoice? Choice { get; set; }
    [BindProperty] public int? Score { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public int? ObjectionId { get; set; }
    [BindProperty] public string? Resolution { get; set; }
    [BindProperty] public string? CertificateNumber { get; set; }
    [BindProperty] public DateOnly? GrantedOn { get; set; }
    [BindProperty] public long? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await TryAsync(() => LoadAsync(id, ct))) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostEvidenceAsync(int id, CancellationToken ct)
    {
        byte[] bytes = [];
        if (Upload is not null)
        {
            await using var stream = Upload.OpenReadStream();
            bytes = await TitleApplications.ReadLimitedAsync(stream, ct);
        }
        return await Act(id, () => titles.AttachAsync(User, id, EvidenceType?.ToString(), Description, Upload?.FileName ?? "", bytes, ct), ct);
    }

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => Act(id, () => titles.SubmitAsync(User, id, ct), ct);
    public Task<IActionResult> OnPostRecommendAsync(int id, CancellationToken ct) => Act(id, () => titles.RecommendAsync(User, id, new RecommendInput(Recommendation), ct), ct);
    public Task<IActionResult> OnPostVoteAsync(int id, CancellationToken ct) => Act(id, () => titles.VoteAsync(User, id, new VoteInput(Choice, Comment, Score), ct), ct);
    public Task<IActionResult> OnPostDecideAsync(int id, CancellationToken ct) => Act(id, () => titles.DecideAsync(User, id, new DecideInput(null, Version), ct), ct);
    public Task<IActionResult> OnPostObjectAsync(int id, CancellationToken ct) => Act(id, () => titles.ObjectAsync(id, new ObjectionInput(Text), ct), ct);
    public Task<IActionResult> OnPostResolveAsync(int id, CancellationToken ct) => Act(id, () => titles.ResolveAsync(User, id, ObjectionId ?? 0, new ResolveInput(Resolution), ct), ct);
    public Task<IActionResult> OnPostGrantAsync(int id, CancellationToken ct) => Act(id, () => titles.GrantAsync(User, id, new GrantInput(CertificateNumber, GrantedOn, Version), ct), ct);

    public async Task<IActionResult> OnGetEvidenceFileAsync(int id, int evidenceId, CancellationToken ct)
    {
        try
        {
            var e = await titles.EvidenceFileAsync(User, id, evidenceId, ct);
            return File(e.Content, e.ContentType, e.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private async Task<IActionResult> Act(int id, Func<Task> call, CancellationToken ct)
    {
        ModelState.Clear();
        if (await TryAsync(call)) return Redirect($"/careers/titles/{id}");
        var status = Response.StatusCode;
        if (!await TryAsync(() => LoadAsync(id, ct))) return NotFound();
        Response.StatusCode = status;
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        App = await titles.GetAsync(User, id, ct);
        Version = App.Version;
    }
}
