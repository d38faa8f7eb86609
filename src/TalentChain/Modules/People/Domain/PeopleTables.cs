using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Data;

using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.People.Domain;

/// <summary>People's tables: master data every module may read (their names are set in the entity configurations).</summary>
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
