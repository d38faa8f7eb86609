using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.TalentProgram.Features.Rotations;

/// <summary>
/// How a published rotation plan meets the stage engine: a participant's k-th rotation stage (k-th stage of kind Rotation
/// in the program's template) takes the k-th published rotation's host unit and planned end.
/// </summary>
public static class RotationStages
{
    /// <summary>1-based position of the stage among the template's rotation stages; null when it is not a rotation stage.</summary>
    public static int? RotationNumber(IEnumerable<ProgramStage> template, int programStageId)
    {
        var rotations = template.Where(s => s.Kind == StageKind.Rotation).OrderBy(s => s.Order).Select(s => s.Id).ToList();
        var i = rotations.IndexOf(programStageId);
        return i < 0 ? null : i + 1;
    }

    /// <summary>Gives a rotation stage its published host unit and planned end (no change for other stages or without a placement).</summary>
    public static bool Apply(ParticipantStage stage, IEnumerable<ProgramStage> template, IEnumerable<RotationPlacement> placements)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (RotationNumber(template, stage.ProgramStageId) is not { } k) return false;
        var placement = placements.FirstOrDefault(p => p.ParticipantId == stage.ParticipantId && p.Sequence == k);
        if (placement is null) return false;
        stage.HostOrgUnitId = placement.OrgUnitId;
        if (placement.PlannedEnd > stage.StartedOn) stage.PlannedEnd = placement.PlannedEnd;
        return true;
    }

    /// <summary>Called by the stage-advance handler for the stage a participant just entered.</summary>
    public static async Task ApplyPublishedAsync(TalentChainDbContext db, ParticipantStage stage, IEnumerable<ProgramStage> template, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stage);
        if (RotationNumber(template, stage.ProgramStageId) is not { } k) return;
        var placements = await db.RotationPlacements.AsNoTracking().Where(p => p.ParticipantId == stage.ParticipantId && p.Sequence == k).ToListAsync(ct);
        Apply(stage, template, placements);
    }
}
