using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.Mentoring.Web;
using TalentChain.Platform.Web;

using TalentChain.Modules.Mentoring.Features.Meetings;
using TalentChain.Modules.Mentoring.Features.EndRelationship;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Mentoring.Features.Relationships;

/// <summary>/program/mentoring/relationships/{id}: the meeting log; completion with a rating; a re-match request.</summary>
public class RelationshipPageModel(RelationshipsHandler relationships, MeetingsHandler meetings, EndRelationshipHandler ending, IStringLocalizer<MentoringResource> t) : MentoringPageBase
{
    [FromRoute] public int Id { get; set; }
    public RelationshipView View { get; private set; } = null!;
    public RelationshipRole Caller { get; private set; } = new(false, false, false, false);

    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public int? DurationMinutes { get; set; } = 60;
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public int? Rating { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostMeetingAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        switch (await TryOrRefuseAsync(() => meetings.LogMeetingAsync(User, Id, new MeetingInput(Date, DurationMinutes, Topic, Notes, Rating), User.Identity?.Name ?? "", ct)))
        {
            case null: return Forbid();
            case true: return Done(t["Meeting.Logged"], new { id = Id });
        }
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostCompleteAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        switch (await TryOrRefuseAsync(() => ending.CompleteAsync(User, Id, new CompleteInput(Rating, Notes), ct)))
        {
            case null: return Forbid();
            case true: return Done(t["Relationship.Completed"], new { id = Id });
        }
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostRematchAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        switch (await TryOrRefuseAsync(() => ending.RequestRematchAsync(User, Id, new RematchInput(Reason), ct)))
        {
            case null: return Forbid();
            case true: return Done(t["Rematch.Requested"], new { id = Id });
        }
        return await LoadAsync(ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        try
        {
            View = await relationships.GetAsync(User, Id, ct);
            // Who the viewer is to the relationship: which of the forms the page offers.
            Caller = await relationships.RoleAsync(User, Id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        return null;
    }
}
