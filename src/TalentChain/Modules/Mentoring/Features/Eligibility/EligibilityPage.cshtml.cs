using Microsoft.AspNetCore.Mvc;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Mentoring.Features.Eligibility;

/// <summary>/program/mentoring/rounds/{id}/participants/{participantId}: every volunteer and role, eligible with its score breakdown or the reasons not.</summary>
public class EligibilityPageModel(EligibilityHandler eligibility) : MentoringPageBase
{
    [FromRoute] public int Id { get; set; }
    [FromRoute] public int ParticipantId { get; set; }
    public EligibilityView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            View = await eligibility.EligibilityAsync(User, Id, ParticipantId, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        return Page();
    }
}
