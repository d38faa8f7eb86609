using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;


using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.Rotations.Features.Publish;

/// <summary>
/// The program's stage engine asks, when a participant enters their k-th rotation stage, for the k-th published rotation
/// (host unit and planned end): implemented here so the program does not depend on rotation planning.
/// </summary>
internal sealed class PublishedRotations(TalentChainDbContext db) : IStagePublishedRotations
{
    public async Task<StageRotationPlacement?> PublishedAsync(int participantId, int rotationNumber, CancellationToken ct = default) =>
        await db.RotationPlacements.AsNoTracking().Where(p => p.ParticipantId == participantId && p.Sequence == rotationNumber)
            .Select(p => new StageRotationPlacement(p.ParticipantId, p.Sequence, p.OrgUnitId, p.PlannedEnd)).FirstOrDefaultAsync(ct);
}
