using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.People.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.People;

/// <summary>
/// People's tables (their names are set in the entity configurations). Other modules read People through the published
/// read models (<see cref="Contracts.PeopleReadTables"/>) and write through <see cref="Contracts.IPeopleDirectory"/>.
/// </summary>
public static class PeopleTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<OrgUnit> OrgUnits => db.Set<OrgUnit>();
        public DbSet<Employee> Employees => db.Set<Employee>();
        public DbSet<EmploymentEvent> EmploymentEvents => db.Set<EmploymentEvent>();
        public DbSet<TaxonomyNode> TaxonomyNodes => db.Set<TaxonomyNode>();
        public DbSet<SkillRecord> SkillRecords => db.Set<SkillRecord>();
    }
}
