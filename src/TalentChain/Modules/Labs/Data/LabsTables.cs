using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Labs.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Labs;

/// <summary>Labs' tables (their names are set in the entity configurations).</summary>
public static class LabsTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<LabUnit> LabUnits => db.Set<LabUnit>();
        public DbSet<LabManager> LabManagers => db.Set<LabManager>();
        public DbSet<LabRequirement> LabRequirements => db.Set<LabRequirement>();
        public DbSet<QualificationType> QualificationTypes => db.Set<QualificationType>();
        public DbSet<QualificationCourse> QualificationCourses => db.Set<QualificationCourse>();
        public DbSet<QualificationRecord> QualificationRecords => db.Set<QualificationRecord>();
        public DbSet<AccessGrant> AccessGrants => db.Set<AccessGrant>();
        public DbSet<BadgeNumber> BadgeNumbers => db.Set<BadgeNumber>();
        public DbSet<BadgeImport> BadgeImports => db.Set<BadgeImport>();
        public DbSet<BadgeEntry> BadgeEntries => db.Set<BadgeEntry>();
    }
}
