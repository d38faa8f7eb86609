using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Commercialization.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Commercialization;

/// <summary>Commercialization's core tables (their names are set in the entity configurations).</summary>
public static class CommercializationTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<Disclosure> Disclosures => db.Set<Disclosure>();
        public DbSet<DisclosureInventor> DisclosureInventors => db.Set<DisclosureInventor>();
        public DbSet<DisclosureTechnology> DisclosureTechnologies => db.Set<DisclosureTechnology>();
        public DbSet<Evaluation> Evaluations => db.Set<Evaluation>();
        public DbSet<EvaluationMember> EvaluationMembers => db.Set<EvaluationMember>();
        public DbSet<LegalRequest> LegalRequests => db.Set<LegalRequest>();
        public DbSet<CommercializationAttachment> CommercializationAttachments => db.Set<CommercializationAttachment>();
        public DbSet<PatentFamily> PatentFamilies => db.Set<PatentFamily>();
        public DbSet<PatentFiling> PatentFilings => db.Set<PatentFiling>();
        public DbSet<OfficeAction> OfficeActions => db.Set<OfficeAction>();
        public DbSet<IpDeadline> IpDeadlines => db.Set<IpDeadline>();
        public DbSet<DeadlineReminder> DeadlineReminders => db.Set<DeadlineReminder>();
        public DbSet<SharingSession> SharingSessions => db.Set<SharingSession>();
        public DbSet<SessionAttendee> SessionAttendees => db.Set<SessionAttendee>();
        public DbSet<SessionDisclosure> SessionDisclosures => db.Set<SessionDisclosure>();
    }
}
