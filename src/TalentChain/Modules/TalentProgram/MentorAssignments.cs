using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.TalentProgram;

/// <summary>The program's side of <see cref="IMentorAssignments"/>: the one place other modules' changes to assignments pass.</summary>
internal sealed class MentorAssignments(TalentChainDbContext db) : IMentorAssignments
{
    public MentorAssignment Assign(int participantId, int mentorEmployeeId, MentorRole role, DateOnly from, int? roundId)
    {
        var a = new MentorAssignment { ParticipantId = participantId, MentorEmployeeId = mentorEmployeeId, Role = role, From = from, RoundId = roundId };
        db.MentorAssignments.Add(a);
        return a;
    }

    public void EndAssignment(MentorAssignment assignment, DateOnly day, MentorEndReason reason, string? note)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        assignment.End(day, reason, note);
    }

    public void LinkToRound(MentorAssignment assignment, int roundId)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        assignment.RoundId = roundId;
    }

    public void CompleteAssignment(MentorAssignment assignment, DateOnly day, string? note, int? rating)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        assignment.Complete(day, note, rating);
    }
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
