using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Modules.Commercialization.Web;

namespace TalentChain.Modules.Commercialization.Features.GoToMarket;

/// <summary>/commercialization/projects/{id}: the project, its disclosures, milestones and deals; the office adds deals, owners tick off milestones.</summary>
[Authorize(Policy = CommercializationPolicies.Use)]
public class ProjectPageModel(CommercializationAccess access, ConversionProjects projects, DealHandlers deals, IStringLocalizer<CommercializationResource> t) : CommercializationPageModel(access)
{
    [FromRoute] public int Id { get; set; }
    public ProjectView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FillAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostMilestoneAsync(string? name, DateOnly? dueOn, string? owner, CancellationToken ct) =>
        RunAsync(v => projects.AddMilestoneAsync(v, Id, new MilestoneInput(name, dueOn, null, owner), ct), t["Gtm.MilestoneAdded"], ct);

    public Task<IActionResult> OnPostDoneAsync(int milestoneId, DateOnly? doneOn, long? version, CancellationToken ct) =>
        RunAsync(v => projects.SetMilestoneDoneAsync(v, milestoneId, new MilestoneDoneInput(doneOn, version), ct), t["Gtm.MilestoneDone"], ct);

    public async Task<IActionResult> OnPostDealAsync(DealKind? kind, string? counterpartyName, string? countryCode, string? contractNumber, DateOnly? termEndsOn,
        decimal? agreedPercent, CancellationToken ct)
    {
        ModelState.Clear();
        var viewer = await ViewerAsync(ct);
        DealView? deal = null;
        if (await TryAsync(async () => deal = await deals.CreateAsync(viewer, new DealInput(Id, kind, counterpartyName, countryCode, contractNumber, termEndsOn, agreedPercent), ct)))
        {
            Message = t["Deal.Created", deal!.ContractNumber];
            return Redirect($"/commercialization/deals/{deal.Id}");
        }
        return await FillAsync(ct) ? Page() : NotFound();
    }

    private Task<IActionResult> RunAsync(Func<CommercializationViewer, Task> call, string done, CancellationToken ct) =>
        ActAsync(async () => await call(await ViewerAsync(ct)), done, new { id = Id }, () => FillAsync(ct));

    private async Task<bool> FillAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        return await LoadAsync(async () => View = await projects.GetAsync(viewer, Id, ct));
    }
}
