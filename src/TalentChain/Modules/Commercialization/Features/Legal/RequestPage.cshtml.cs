using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Web;

namespace TalentChain.Modules.Commercialization.Features.Legal;

/// <summary>/commercialization/legal/{id}: one request (overdue flagged) with the assign, answer and close forms for those who may.</summary>
[Authorize(Policy = CommercializationPolicies.Use)]
public class RequestPageModel(CommercializationAccess access, LegalHandlers legal, IStringLocalizer<CommercializationResource> t) : CommercializationPageModel(access)
{
    [FromRoute] public int Id { get; set; }
    public LegalRequestView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FillAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAssignAsync(string? counselNumber, DateOnly? dueOn, long? version, CancellationToken ct) =>
        RunAsync(v => legal.AssignAsync(v, Id, new LegalAssignInput(counselNumber, dueOn, version), ct), t["Legal.Assigned"], ct);

    public Task<IActionResult> OnPostAnswerAsync(string? outcome, LegalConclusion? conclusion, long? version, CancellationToken ct) =>
        RunAsync(v => legal.AnswerAsync(v, Id, new LegalAnswerInput(outcome, conclusion, version), ct), t["Legal.Answered"], ct);

    public Task<IActionResult> OnPostCloseAsync(long? version, CancellationToken ct) =>
        RunAsync(v => legal.CloseAsync(v, Id, new LegalCloseInput(version), ct), t["Legal.Closed"], ct);

    private Task<IActionResult> RunAsync(Func<CommercializationViewer, Task> call, string done, CancellationToken ct) =>
        ActAsync(async () => await call(await ViewerAsync(ct)), done, new { id = Id }, () => FillAsync(ct));

    private async Task<bool> FillAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        return await LoadAsync(async () => View = await legal.GetAsync(viewer, Id, ct));
    }
}
