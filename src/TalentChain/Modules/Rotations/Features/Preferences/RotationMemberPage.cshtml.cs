using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Rotations.Web;
using TalentChain.Platform.Web;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations.Features.Preferences;

/// <summary>/program/rotations/{id}/participants/{participantId}: a participant scores host units and sees their published rotations.</summary>
public class RotationMemberPageModel(RotationPreferences plans, RotationAccess access, IStringLocalizer<RotationsResource> t) : RotationsPageBase
{
    [FromRoute] public int Id { get; set; }
    [FromRoute] public int ParticipantId { get; set; }
    public MyRotationsView View { get; private set; } = null!;

    /// <summary>Scores as typed, by unit code (a non-number gets a precise message).</summary>
    [BindProperty] public Dictionary<string, string?> Scores { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        bool canEdit;
        try
        {
            canEdit = await access.RequireMemberAsync(User, Id, ParticipantId, ct);
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        if (!canEdit) return Forbid();
        var errors = new FieldErrors();
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, text) in Scores)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) scores[code] = n;
            else errors.Add($"scores.{code}", t["Preference.Range", code, 100]);
        }
        if (await TryAsync(async () =>
            {
                errors.ThrowIfAny(t["Preference.Invalid"]);
                await plans.SetAsync(Id, ParticipantId, new PreferencesInput(scores), true, ct);
            }))
            return Done(t["Done.Preferences"], new { id = Id, participantId = ParticipantId });
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        try
        {
            var canEdit = await access.RequireMemberAsync(User, Id, ParticipantId, ct);
            View = await plans.GetAsync(Id, ParticipantId, canEdit, ct);
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
