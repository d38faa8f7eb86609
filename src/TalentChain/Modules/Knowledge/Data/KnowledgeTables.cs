using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Knowledge;

/// <summary>Knowledge's tables (their names are set in the entity configurations).</summary>
public static class KnowledgeTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<CriticalTechnology> CriticalTechnologies => db.Set<CriticalTechnology>();
        public DbSet<KnowledgeSettings> KnowledgeSettings => db.Set<KnowledgeSettings>();
        public DbSet<CoverageState> CoverageStates => db.Set<CoverageState>();
        public DbSet<CoverageSnapshot> CoverageSnapshots => db.Set<CoverageSnapshot>();
        public DbSet<CoverageHolder> CoverageHolders => db.Set<CoverageHolder>();
        public DbSet<PersonAssessment> PersonAssessments => db.Set<PersonAssessment>();
        public DbSet<SuccessionPlan> SuccessionPlans => db.Set<SuccessionPlan>();
        public DbSet<Successor> Successors => db.Set<Successor>();
        public DbSet<DevelopmentAction> DevelopmentActions => db.Set<DevelopmentAction>();
        public DbSet<Departure> Departures => db.Set<Departure>();
        public DbSet<HandoverItem> HandoverItems => db.Set<HandoverItem>();
        public DbSet<ControlledDataSet> ControlledDataSets => db.Set<ControlledDataSet>();
        public DbSet<AccessGrant> AccessGrants => db.Set<AccessGrant>();
        public DbSet<ControlledReadLog> ControlledReadLogs => db.Set<ControlledReadLog>();
    }
}
