using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.Education.Features.Universities;
using TalentChain.Modules.Education.Web;

namespace TalentChain.Modules.Education.Features.Degrees;

/// <summary>/education: the degrees the viewer may see, and the application form.</summary>
[Authorize(Policy = EducationPolicies.Use)]
public class IndexModel(EducationAccess access, DegreeReader reader, ApplyForDegree apply, UniversityHandlers universities, TimeProvider clock) : EducationPageModel(access)
{
    public List<DegreeRow> Rows { get; private set; } = [];
    public List<UniversityView> Universities { get; private set; } = [];
    public bool IsHr { get; private set; }
    [BindProperty] public ApplyInput Input { get; set; } = new(null, null, null, DegreeLevel.Master, null, null);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = clock.Today();
        Input = Input with { StartDate = new DateOnly(today.Year, 9, 1) < today ? new DateOnly(today.Year + 1, 9, 1) : new DateOnly(today.Year, 9, 1) };
        Input = Input with { ExpectedEnd = Input.StartDate!.Value.AddYears(3) };
        await FillAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var viewer = await ViewerAsync(ct);
        DegreeView? created = null;
        if (await TryAsync(async () => created = await apply.ApplyAsync(viewer, Input, ct))) return Redirect($"/education/degrees/{created!.Id}");
        await FillAsync(ct);
        return Page();
    }

    private async Task FillAsync(CancellationToken ct)
    {
        var viewer = await ViewerAsync(ct);
        IsHr = viewer.Hr;
        Rows = await reader.ListAsync(viewer, ct);
        Universities = await universities.ListAsync(ct);
    }

    public static readonly DegreeLevel[] Levels = Enum.GetValues<DegreeLevel>();
}
