using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Web;
using TalentChain.Platform.Web;

using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Features.Participants;

/// <summary>/program/participants/{id}: stage history, the current gate with its evidence, advancing (or a recorded override), mentors, reviews.</summary>
public class ParticipantPageModel(ParticipantHandlers participants, Plans.PlanChoices choices, ProgramAccess access, IStringLocalizer<TalentProgramResource> t) : ProgramPageModel
{
    [FromRoute] public int Id { get; set; }
    public ParticipantDetail Detail { get; private set; } = null!;
    public ParticipantRelation Relation { get; private set; } = new(false, false, false, false, null);
    public List<(int Id, string Label)> MentorCandidates { get; private set; } = [];

    [BindProperty] public int? CriterionId { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int? Score { get; set; }
    [BindProperty] public bool Override { get; set; }
    [BindProperty] public string? OverrideReason { get; set; }
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public int? MentorEmployeeId { get; set; }
    [BindProperty] public MentorRole? Role { get; set; }
    [BindProperty] public DateOnly? From { get; set; }
    [BindProperty] public DateOnly? To { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostEvidenceAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (await TryAsync(() => participants.RecordEvidenceAsync(Id, new EvidenceInput(CriterionId, Note, Score, null), Relation, User.Identity?.Name ?? "", ct)))
            return Done(t["Evidence.Recorded"], new { id = Id });
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAdvanceAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!Relation.Manager && !Relation.LineManager) return Forbid();
        ParticipantDetail? after = null;
        if (await TryAsync(async () => after = await participants.AdvanceAsync(Id, new AdvanceInput(Override, OverrideReason, Version), Relation.Manager, User.Identity?.Name ?? "", ct)))
            return Done(after!.CurrentStage is { } s ? t["Advance.Done", s.Name] : t["Advance.Completed"], new { id = Id });
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostMentorAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!Relation.Manager) return Forbid();
        MentorView? m = null;
        if (await TryAsync(async () => m = await participants.AssignMentorAsync(Id, new MentorInput(MentorEmployeeId, Role, From, To), ct)))
            return Done(t["Mentor.Assigned", m!.Name, m.RoleName], new { id = Id });
        return await LoadAsync(ct) ?? Page();
    }

    public async Task<IActionResult> OnPostEndMentorAsync(int assignmentId, long? mentorVersion, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        if (!Relation.Manager) return Forbid();
        if (await TryAsync(() => participants.EndMentorAsync(Id, assignmentId, null, mentorVersion, ct))) return Done(t["Mentor.Ended"], new { id = Id });
        return await LoadAsync(ct) ?? Page();
    }

    /// <summary>Loads the page; returns a result when the participant is missing (404) or hidden from the caller (403).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Relation = await access.RelationAsync(User, Id, ct);
        try
        {
            Detail = await participants.GetAsync(Id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        if (!Relation.CanSee) return Forbid();
        if (Relation.Manager) MentorCandidates = await choices.MentorCandidatesAsync(ct);
        return null;
    }
}
