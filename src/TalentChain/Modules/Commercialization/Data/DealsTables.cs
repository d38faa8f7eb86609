using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization;

/// <summary>Go-to-market, revenue and reward tables (their names are set in the entity configurations).</summary>
public static class DealsTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<ConversionProject> ConversionProjects => db.Set<ConversionProject>();
        public DbSet<ConversionProjectDisclosure> ConversionProjectDisclosures => db.Set<ConversionProjectDisclosure>();
        public DbSet<ProjectMilestone> ProjectMilestones => db.Set<ProjectMilestone>();
        public DbSet<Deal> Deals => db.Set<Deal>();
        public DbSet<RevenueEntry> RevenueEntries => db.Set<RevenueEntry>();
        public DbSet<RewardPolicy> RewardPolicies => db.Set<RewardPolicy>();
        public DbSet<RewardFund> RewardFunds => db.Set<RewardFund>();
        public DbSet<Reward> Rewards => db.Set<Reward>();
        public DbSet<RewardPayout> RewardPayouts => db.Set<RewardPayout>();
    }
}
