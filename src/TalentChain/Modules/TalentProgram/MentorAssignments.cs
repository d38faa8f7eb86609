using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.TalentProgram;

/// <summary>The program's side of <see cref="IMentorAssignments"/>: the one place other modules' changes to assignments pass.</summary>
internal sealed class MentorAssignments(TalentChainDbContext db) : IMentorAssignments
{
    public void Assign(int participantId, int mentorEmployeeId, MentorRole role, DateOnly from, int? roundId) =>
        db.MentorAssignments.Add(new MentorAssignment { ParticipantId = participantId, MentorEmployeeId = mentorEmployeeId, Role = role, From = from, RoundId = roundId });

    public async Task EndAssignmentAsync(int assignmentId, DateOnly day, MentorEndReason reason, string? note, CancellationToken ct = default) =>
        (await FindAsync(assignmentId, ct)).End(day, reason, note);

    public async Task LinkToRoundAsync(int assignmentId, int roundId, CancellationToken ct = default) =>
        (await FindAsync(assignmentId, ct)).RoundId = roundId;

    public async Task CompleteAssignmentAsync(int assignmentId, DateOnly day, string? note, int? rating, CancellationToken ct = default) =>
        (await FindAsync(assignmentId, ct)).Complete(day, note, rating);

    /// <summary>The tracked assignment (from the context when this request already loaded it).</summary>
    private async Task<MentorAssignment> FindAsync(int id, CancellationToken ct) =>
        await db.MentorAssignments.FindAsync([id], ct) ?? throw new InvalidOperationException($"Mentor assignment {id} does not exist.");
}

/// <summary>The program's side of <see cref="IOpenPlanGoals"/>.</summary>
internal sealed class OpenPlanGoals(TalentChainDbContext db) : IOpenPlanGoals
{
    public async Task<List<OpenPlanGoal>> ForParticipantsAsync(IReadOnlyCollection<int> participantIds, CancellationToken ct = default) =>
        await db.PlanGoals.AsNoTracking()
            .Where(g => !g.Proposed && db.Set<PlanVersion>().Any(v => v.Id == g.PlanVersionId && v.ClosedOn == null && participantIds.Contains(v.Plan!.ParticipantId)))
            .Select(g => new OpenPlanGoal(db.Set<PlanVersion>().Where(v => v.Id == g.PlanVersionId).Select(v => v.Plan!.ParticipantId).First(),
                g.TaxonomyNodeId, g.TaxonomyNode!.Name, g.TaxonomyNode.NameZh, g.CurrentLevel, g.TargetLevel, g.DueDate))
            .ToListAsync(ct);
}
