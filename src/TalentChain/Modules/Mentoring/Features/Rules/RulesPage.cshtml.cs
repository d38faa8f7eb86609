using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;


namespace TalentChain.Modules.Mentoring.Features.Rules;

/// <summary>/program/mentoring/programs/{programId}/rules: the program's matching rules and score weights.</summary>
public class RulesPageModel(RulesHandler rules, IProgramAccess access, IStringLocalizer<MentoringResource> t) : MentoringPageBase
{
    [FromRoute] public int ProgramId { get; set; }
    public RulesView Rules { get; private set; } = null!;
    public bool CanEdit { get; private set; }

    [BindProperty] public bool ExcludeManagementChain { get; set; }
    [BindProperty] public int TechnicalMinLevel { get; set; }
    [BindProperty] public bool CareerOtherUnit { get; set; }
    [BindProperty] public int PeerMinTenureYears { get; set; }
    [BindProperty] public int PeerMaxTenureYears { get; set; }
    [BindProperty] public int? PeerMaxGrade { get; set; }
    [BindProperty] public ProfessionalTitle? PeerMaxTitle { get; set; }
    [BindProperty] public int WeightSkill { get; set; }
    [BindProperty] public int WeightSegment { get; set; }
    [BindProperty] public int WeightSite { get; set; }
    [BindProperty] public int WeightRating { get; set; }
    [BindProperty] public int WeightPreference { get; set; }
    [BindProperty] public long? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!CanEdit) return Forbid();
        if (await TryAsync(() => rules.UpdateRulesAsync(User, ProgramId, new RulesInput(ExcludeManagementChain, TechnicalMinLevel, CareerOtherUnit, PeerMinTenureYears, PeerMaxTenureYears,
                PeerMaxGrade, PeerMaxTitle, WeightSkill, WeightSegment, WeightSite, WeightRating, WeightPreference, Version), ct)))
            return Done(t["Rules.Saved"], new { programId = ProgramId });
        return await LoadAsync(ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        CanEdit = await access.ManagesProgramAsync(User, ProgramId, ct);
        if (!CanEdit && !User.IsInRole(Roles.Executive)) return Forbid();
        try
        {
            Rules = await rules.GetRulesAsync(ProgramId, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        return null;
    }
}
