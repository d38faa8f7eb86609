using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Rotations.Contracts;

/// <summary>
/// A published rotation (ADR 0043 read model): the participant spends <see cref="PlannedStart"/>…<see cref="PlannedEnd"/>
/// in the host unit. Only published plans have placements; other modules (projects' network and perspective, the chain
/// view) read where participants have worked from here.
/// </summary>
public sealed class RotationPlacementRef
{
    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int ParticipantId { get; private set; }
    public int Sequence { get; private set; }
    public int OrgUnitId { get; private set; }
    public OrgUnitRef? OrgUnit { get; private set; }
    public DateOnly PlannedStart { get; private set; }
    public DateOnly PlannedEnd { get; private set; }
}

/// <summary>Rotations' read models as queries other modules compose with their own (one SQL statement, read-only).</summary>
public static class RotationReadTables
{
    extension(TalentChainDbContext db)
    {
        public IQueryable<RotationPlacementRef> RotationPlacementRefs => db.Set<RotationPlacementRef>();
    }
}
