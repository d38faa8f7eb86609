using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Platform.Data;

public partial class TalentChainDbContext
{
    // Talent program: rotation planning
    public DbSet<CohortRotationPlan> RotationPlans => Set<CohortRotationPlan>();
    public DbSet<RotationOffer> RotationOffers => Set<RotationOffer>();
    public DbSet<RotationMember> RotationMembers => Set<RotationMember>();
    public DbSet<RotationPreference> RotationPreferences => Set<RotationPreference>();
    public DbSet<RotationProposalItem> RotationProposalItems => Set<RotationProposalItem>();
    public DbSet<RotationUnplaced> RotationUnplaced => Set<RotationUnplaced>();
    public DbSet<RotationPlacement> RotationPlacements => Set<RotationPlacement>();
}
