using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.Careers.Features.Ladders;

/// <summary>/careers/ladders: tracks and title series with each level's requirements; program managers add levels.</summary>
[Authorize(Policy = CareersPolicies.Use)]
public sealed class LaddersPageModel(LaddersHandler ladders, CareersAccess access) : ModulePageModel
{
    public List<LadderView> Ladders { get; private set; } = [];
    public bool Manages { get; private set; }

    [BindProperty] public int? LadderId { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? NameZh { get; set; }
    [BindProperty] public int? YearsBelow { get; set; }
    [BindProperty] public EducationLevel? MinEducation { get; set; }
    [BindProperty] public List<EvidenceType> Evidence { get; set; } = [];
    [BindProperty] public int? Grade { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostLevelAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var viewer = await access.ViewerAsync(User, ct);
        if (await TryAsync(async () =>
            {
                access.RequireManages(viewer);
                await ladders.AddLevelAsync(LadderId ?? 0, new LevelInput(Name, NameZh, YearsBelow, MinEducation, Evidence, null, Grade, false), ct);
            }))
            return Redirect("/careers/ladders");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Ladders = await ladders.ListAsync(ct);
        Manages = (await access.ViewerAsync(User, ct)).Manages;
    }
}
