using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Education.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Education;

/// <summary>Education's tables (their names are set in the entity configurations).</summary>
public static class EducationTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<University> Universities => db.Set<University>();
        public DbSet<Professor> Professors => db.Set<Professor>();
        public DbSet<EducationPolicy> EducationPolicies => db.Set<EducationPolicy>();
        public DbSet<ShareBand> ShareBands => db.Set<ShareBand>();
        public DbSet<Degree> Degrees => db.Set<Degree>();
        public DbSet<Agreement> EducationAgreements => db.Set<Agreement>();
        public DbSet<Milestone> Milestones => db.Set<Milestone>();
        public DbSet<MilestoneEvidence> MilestoneEvidence => db.Set<MilestoneEvidence>();
        public DbSet<TuitionClaim> TuitionClaims => db.Set<TuitionClaim>();
        public DbSet<ClaimReceipt> ClaimReceipts => db.Set<ClaimReceipt>();
        public DbSet<ClawbackCase> ClawbackCases => db.Set<ClawbackCase>();
    }
}
