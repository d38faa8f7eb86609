using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.Education.Features.Claims;
using TalentChain.Modules.Education.Features.Milestones;
using TalentChain.Modules.Education.Features.Policy;
using TalentChain.Modules.Education.Web;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Education.Features.Degrees;

/// <summary>/education/degrees/{id}: the degree, the manager's decision, HR's agreement, milestones with evidence, and the claims.</summary>
[Authorize(Policy = EducationPolicies.Use)]
[UploadLimit(4 * EducationFiles.MaxFileBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 4 * EducationFiles.MaxFileBytes + UploadLimitAttribute.FormOverhead)]
public class DegreePageModel(EducationAccess access, DegreeReader reader, DecideDegree decide, CreateAgreement agreement, MilestoneHandlers milestones, ClaimHandlers claims,
    EducationPolicyReader policy, IStringLocalizer<EducationResource> e) : EducationPageModel(access)
{
    [FromRoute] public int Id { get; set; }
    public DegreeView View { get; private set; } = null!;
    public List<ClaimRow> Claims { get; private set; } = [];
    public PolicyView Policy { get; private set; } = null!;
    public decimal DefaultShare { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await FillAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostDecisionAsync(bool approve, string? note, CancellationToken ct) =>
        RunAsync(async v => await decide.DecideAsync(v, Id, new DecisionInput(approve, note), ct), approve ? e["Degree.Approved"] : e["Degree.Rejected"], ct);

    public Task<IActionResult> OnPostAgreementAsync(decimal? annualCap, decimal? degreeCap, decimal? sharePercent, List<CostType>? eligibleCostTypes, int? serviceYears, DateOnly? serviceStart, CancellationToken ct) =>
        RunAsync(async v => await agreement.CreateAsync(v, Id, new AgreementInput(annualCap, degreeCap, sharePercent, eligibleCostTypes is { Count: > 0 } ? eligibleCostTypes : null, serviceYears, serviceStart), ct),
            e["Agreement.Created"], ct);

    public Task<IActionResult> OnPostMilestoneAsync(int milestoneId, DateOnly? dueDate, DateOnly? completedOn, string? note, CancellationToken ct) =>
        RunAsync(async v => await milestones.UpdateAsync(v, Id, milestoneId, new MilestoneInput(dueDate, completedOn, note), ct), e["Milestone.Saved"], ct);

    public Task<IActionResult> OnPostEvidenceAsync(int milestoneId, List<IFormFile>? files, CancellationToken ct) =>
        RunAsync(async v => await milestones.AttachAsync(v, Id, milestoneId, await EducationFiles.ReadAllAsync(files, ct), ct), e["File.Attached"], ct);

    public async Task<IActionResult> OnPostClaimAsync(CostType? costType, DateOnly? expenseDate, decimal? amount, string? description, List<IFormFile>? receipts, CancellationToken ct)
    {
        ModelState.Clear();
        var viewer = await ViewerAsync(ct);
        ClaimView? created = null;
        var files = await EducationFiles.ReadAllAsync(receipts, ct);
        if (await TryAsync(async () => created = await claims.SubmitAsync(viewer, Id, new ClaimInput(costType, expenseDate, amount, description), files, ct)))
        {
            Message = e["Claim.Submitted"];
            return Redirect($"/education/claims/{created!.Id}");
        }
        return await FillAsync(ct) ? Page() : NotFound();
    }

    private async Task<IActionResult> RunAsync(Func<EducationViewer, Task> call, string done, CancellationToken ct)
    {
        ModelState.Clear();
        var viewer = await ViewerAsync(ct);
        if (await TryAsync(() => call(viewer))) return Done(done, new { id = Id });
        return await FillAsync(ct) ? Page() : NotFound();
    }

    private Task<bool> FillAsync(CancellationToken ct) => LoadAsync(async () =>
    {
        var viewer = await ViewerAsync(ct);
        View = await reader.GetAsync(viewer, Id, ct);
        Claims = await claims.ListAsync(viewer, null, Id, ct);
        Policy = await policy.ViewAsync(ct);
        DefaultShare = viewer.Hr ? await reader.ShareForAsync(View.Person.Id, ct) : 0m;
    });

    public static readonly CostType[] CostTypes = Enum.GetValues<CostType>();
}
