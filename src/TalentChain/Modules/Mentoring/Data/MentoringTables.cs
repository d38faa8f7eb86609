using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Platform.Data;


using TalentChain.Modules.People.Contracts;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Mentoring;

/// <summary>The mentoring module's tables (1+1+1 matching rounds, waitlist, meeting logs).</summary>
public static class MentoringTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<MentoringRules> MentoringRules => db.Set<MentoringRules>();
        public DbSet<MentoringRound> MentoringRounds => db.Set<MentoringRound>();
        public DbSet<MentoringRoundParticipant> MentoringRoundParticipants => db.Set<MentoringRoundParticipant>();
        public DbSet<MentoringVolunteer> MentoringVolunteers => db.Set<MentoringVolunteer>();
        public DbSet<MentoringPairRule> MentoringPairRules => db.Set<MentoringPairRule>();
        public DbSet<MentoringWaitlistEntry> MentoringWaitlist => db.Set<MentoringWaitlistEntry>();
        public DbSet<MentoringMeeting> MentoringMeetings => db.Set<MentoringMeeting>();
    }
}
