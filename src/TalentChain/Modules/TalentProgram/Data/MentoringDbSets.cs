using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Platform.Data;

public partial class TalentChainDbContext
{
    // 1+1+1 mentoring rounds
    public DbSet<MentoringRules> MentoringRules => Set<MentoringRules>();
    public DbSet<MentoringRound> MentoringRounds => Set<MentoringRound>();
    public DbSet<MentoringRoundParticipant> MentoringRoundParticipants => Set<MentoringRoundParticipant>();
    public DbSet<MentoringVolunteer> MentoringVolunteers => Set<MentoringVolunteer>();
    public DbSet<MentoringPairRule> MentoringPairRules => Set<MentoringPairRule>();
    public DbSet<MentoringWaitlistEntry> MentoringWaitlist => Set<MentoringWaitlistEntry>();
    public DbSet<MentoringMeeting> MentoringMeetings => Set<MentoringMeeting>();
}
