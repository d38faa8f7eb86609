using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Platform.Data;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Rotations;

/// <summary>The rotation-planning tables, as extension properties of the one DbContext.</summary>
public static class RotationsTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<CohortRotationPlan> RotationPlans => db.Set<CohortRotationPlan>();
        public DbSet<RotationOffer> RotationOffers => db.Set<RotationOffer>();
        public DbSet<RotationMember> RotationMembers => db.Set<RotationMember>();
        public DbSet<RotationPreference> RotationPreferences => db.Set<RotationPreference>();
        public DbSet<RotationProposalItem> RotationProposalItems => db.Set<RotationProposalItem>();
        public DbSet<RotationUnplaced> RotationUnplaced => db.Set<RotationUnplaced>();
        public DbSet<RotationPlacement> RotationPlacements => db.Set<RotationPlacement>();
    }
}
