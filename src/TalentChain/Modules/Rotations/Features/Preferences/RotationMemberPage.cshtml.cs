using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Rotations.Web;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features.Preferences;

/// <summary>/program/rotations/{id}/participants/{participantId}: a participant scores host units and sees their published rotations.</summary>
public class RotationMemberPageModel(RotationPreferences plans, IStringLocalizer<RotationsResource> t) : RotationsPageBase
{
    [FromRoute] public int Id { get; set; }
    [FromRoute] public int ParticipantId { get; set; }
    public MyRotationsView View { get; private set; } = null!;

    /// <summary>Scores as typed, by unit code (a non-number gets a precise message).</summary>
    [BindProperty] public Dictionary<string, string?> Scores { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, text) in Scores)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) scores[code] = n;
            else errors.Add($"scores.{code}", t["Preference.Range", code, 100]);
        }
        // The scores the form could not read are refused after the access check, as before.
        if (await TryAsync(() => plans.SetAsync(User, Id, ParticipantId, () =>
            {
                errors.ThrowIfAny(t["Preference.Invalid"]);
                return new PreferencesInput(scores);
            }, ct)))
            return Done(t["Done.Preferences"], new { id = Id, participantId = ParticipantId });
        // Refused (someone else's preferences, or a line manager who only looks): the access-denied page, as before.
        if (Response.StatusCode == StatusCodes.Status403Forbidden) return Forbid();
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        try
        {
            View = await plans.GetAsync(User, Id, ParticipantId, ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
    }
}
