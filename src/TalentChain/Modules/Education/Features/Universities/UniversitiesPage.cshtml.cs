using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Education.Web;

namespace TalentChain.Modules.Education.Features.Universities;

/// <summary>/education/universities: universities, their professors and the training sessions they lecture; HR adds them.</summary>
[Authorize(Policy = EducationPolicies.Use)]
public class UniversitiesPageModel(EducationAccess access, UniversityHandlers universities, IStringLocalizer<EducationResource> e) : EducationPageModel(access)
{
    public List<UniversityView> Rows { get; private set; } = [];
    public bool IsHr { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await FillAsync(ct);

    public Task<IActionResult> OnPostUniversityAsync(string? name, string? nameZh, string? city, CancellationToken ct) =>
        RunAsync(() => universities.AddAsync(new UniversityInput(name, nameZh, city), ct), ct);

    public Task<IActionResult> OnPostProfessorAsync(int universityId, string? name, string? nameZh, string? field, CancellationToken ct) =>
        RunAsync(() => universities.AddProfessorAsync(universityId, new ProfessorInput(name, nameZh, field), ct), ct);

    private async Task<IActionResult> RunAsync(Func<Task> call, CancellationToken ct)
    {
        ModelState.Clear();
        if (!(await ViewerAsync(ct)).Hr) return Forbid();
        if (await TryAsync(call)) return Done(e["University.Saved"]);
        await FillAsync(ct);
        return Page();
    }

    private async Task FillAsync(CancellationToken ct)
    {
        IsHr = (await ViewerAsync(ct)).Hr;
        Rows = await universities.ListAsync(ct);
    }
}
