using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Contracts;

/// <summary>A development goal of a participant's open (current, agreed) plan version: the skill, the gap and when it is due.</summary>
public sealed record OpenPlanGoal(int ParticipantId, int SkillId, string SkillName, string? SkillNameZh, int CurrentLevel, int TargetLevel, DateOnly DueDate);

/// <summary>The plan goals other modules build on (mentoring derives a participant's focus skill from them).</summary>
public interface IOpenPlanGoals
{
    /// <summary>The agreed goals (not proposals) of the open plan versions of these participants.</summary>
    Task<List<OpenPlanGoal>> ForParticipantsAsync(IReadOnlyCollection<int> participantIds, CancellationToken ct = default);
}
