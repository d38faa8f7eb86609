using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Careers.Data;

/// <summary>The career-pathway tables, as extension properties of the one DbContext.</summary>
public static class CareersTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<CareerLadder> CareerLadders => db.Set<CareerLadder>();
        public DbSet<LadderLevel> LadderLevels => db.Set<LadderLevel>();
        public DbSet<Committee> CareerCommittees => db.Set<Committee>();
        public DbSet<CommitteeMember> CareerCommitteeMembers => db.Set<CommitteeMember>();
        public DbSet<HeadcountPlan> HeadcountPlans => db.Set<HeadcountPlan>();
        public DbSet<HeadcountReservation> HeadcountReservations => db.Set<HeadcountReservation>();
        public DbSet<Appointment> Appointments => db.Set<Appointment>();
        public DbSet<TitleCall> TitleCalls => db.Set<TitleCall>();
        public DbSet<TitleApplication> TitleApplications => db.Set<TitleApplication>();
        public DbSet<TitleEvidence> TitleEvidence => db.Set<TitleEvidence>();
    }
}
