using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Knowledge.Domain;

namespace TalentChain.Platform.Data;

public partial class TalentChainDbContext
{
    // Knowledge
    public DbSet<CriticalTechnology> CriticalTechnologies => Set<CriticalTechnology>();
    public DbSet<KnowledgeSettings> KnowledgeSettings => Set<KnowledgeSettings>();
    public DbSet<CoverageState> CoverageStates => Set<CoverageState>();
    public DbSet<CoverageSnapshot> CoverageSnapshots => Set<CoverageSnapshot>();
    public DbSet<CoverageHolder> CoverageHolders => Set<CoverageHolder>();
    public DbSet<PersonAssessment> PersonAssessments => Set<PersonAssessment>();
    public DbSet<SuccessionPlan> SuccessionPlans => Set<SuccessionPlan>();
    public DbSet<Successor> Successors => Set<Successor>();
    public DbSet<DevelopmentAction> DevelopmentActions => Set<DevelopmentAction>();
    public DbSet<Departure> Departures => Set<Departure>();
    public DbSet<HandoverItem> HandoverItems => Set<HandoverItem>();
    public DbSet<ControlledDataSet> ControlledDataSets => Set<ControlledDataSet>();
    public DbSet<AccessGrant> AccessGrants => Set<AccessGrant>();
    public DbSet<ControlledReadLog> ControlledReadLogs => Set<ControlledReadLog>();
}
