using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.People.Contracts;
using TalentChain.Modules.Mentoring.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.Mentoring.Data;

internal sealed class MentoringRulesConfiguration : IEntityTypeConfiguration<MentoringRules>
{
    public void Configure(EntityTypeBuilder<MentoringRules> b)
    {
        // The table keeps the name it had as a DbSet property of the context.
        b.ToTable("MentoringRules");
        b.HasIndex(x => x.ProgramId).IsUnique();
        b.Property(x => x.PeerMaxTitle).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class MentoringRoundConfiguration : IEntityTypeConfiguration<MentoringRound>
{
    public void Configure(EntityTypeBuilder<MentoringRound> b)
    {
        b.ToTable("MentoringRounds");
        b.HasIndex(x => x.CohortId);
        b.HasOne(x => x.Cohort).WithMany().HasForeignKey(x => x.CohortId);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.OpenedBy).HasMaxLength(256);
        b.Property(x => x.PublishedBy).HasMaxLength(256);
        b.Property(x => x.ProposalSource).HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Participants).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Volunteers).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.PairRules).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MentoringRoundParticipantConfiguration : IEntityTypeConfiguration<MentoringRoundParticipant>
{
    public void Configure(EntityTypeBuilder<MentoringRoundParticipant> b)
    {
        b.ToTable("MentoringRoundParticipants");
        b.HasIndex(x => new { x.RoundId, x.ParticipantId }).IsUnique();
        b.HasOne(x => x.Participant).WithMany().HasForeignKey(x => x.ParticipantId);
        b.PrimitiveCollection(x => x.Roles).ElementType().HasConversion<string>();
    }
}

internal sealed class MentoringVolunteerConfiguration : IEntityTypeConfiguration<MentoringVolunteer>
{
    public void Configure(EntityTypeBuilder<MentoringVolunteer> b)
    {
        b.ToTable("MentoringVolunteers");
        b.HasIndex(x => new { x.RoundId, x.EmployeeId }).IsUnique();
        b.HasIndex(x => x.EmployeeId);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
        b.Property(x => x.AddedBy).HasMaxLength(256);
    }
}

internal sealed class MentoringPairRuleConfiguration : IEntityTypeConfiguration<MentoringPairRule>
{
    public void Configure(EntityTypeBuilder<MentoringPairRule> b)
    {
        b.ToTable("MentoringPairRules");
        b.HasIndex(x => new { x.RoundId, x.ParticipantId, x.MentorEmployeeId });
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.SetBy).HasMaxLength(256);
    }
}

internal sealed class MentoringWaitlistEntryConfiguration : IEntityTypeConfiguration<MentoringWaitlistEntry>
{
    public void Configure(EntityTypeBuilder<MentoringWaitlistEntry> b)
    {
        b.ToTable("MentoringWaitlist");
        b.HasIndex(x => new { x.ParticipantId, x.Role });
        b.HasOne(x => x.Participant).WithMany().HasForeignKey(x => x.ParticipantId);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Reason).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Detail).HasMaxLength(2000);
        b.Ignore(x => x.IsOpen);
    }
}

internal sealed class MentoringMeetingConfiguration : IEntityTypeConfiguration<MentoringMeeting>
{
    public void Configure(EntityTypeBuilder<MentoringMeeting> b)
    {
        b.ToTable("MentoringMeetings");
        b.HasIndex(x => x.MentorAssignmentId);
        b.Property(x => x.Topic).HasMaxLength(300);
        b.Property(x => x.Notes).HasMaxLength(4000);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
    }
}
