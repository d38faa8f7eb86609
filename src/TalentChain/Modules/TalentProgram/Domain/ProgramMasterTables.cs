using Microsoft.EntityFrameworkCore;
using TalentChain.Platform.Data;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Domain;

/// <summary>
/// The program's master data — programs, cohorts, participants and their mentor assignments — which the modules built
/// on the program (mentoring, rotations) read; they change them only through the program's contracts (ADR 0038).
/// </summary>
public static class ProgramMasterTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<DevelopmentProgram> DevelopmentPrograms => db.Set<DevelopmentProgram>();
        public DbSet<Cohort> Cohorts => db.Set<Cohort>();
        public DbSet<Participant> Participants => db.Set<Participant>();
        public DbSet<MentorAssignment> MentorAssignments => db.Set<MentorAssignment>();
    }
}
