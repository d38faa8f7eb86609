using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.Careers.Domain;

namespace TalentChain.Modules.Careers.Data;

// Table names are explicit: without DbSet properties on the context, EF would name the tables after the classes.

internal sealed class CareerLadderConfiguration : IEntityTypeConfiguration<CareerLadder>
{
    public void Configure(EntityTypeBuilder<CareerLadder> b)
    {
        b.ToTable("CareerLadders");
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Track).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Levels).WithOne(x => x.Ladder).HasForeignKey(x => x.LadderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LadderLevelConfiguration : IEntityTypeConfiguration<LadderLevel>
{
    public void Configure(EntityTypeBuilder<LadderLevel> b)
    {
        b.ToTable("LadderLevels");
        b.HasIndex(x => new { x.LadderId, x.Rank }).IsUnique();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.MinEducation).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.EngineeringRank).HasConversion<string>().HasMaxLength(40);
        b.PrimitiveCollection(x => x.EvidenceRequired).ElementType().HasConversion<string>();
    }
}

internal sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> b)
    {
        b.ToTable("CareerCommittees");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> b)
    {
        b.ToTable("CareerCommitteeMembers");
        b.HasIndex(x => new { x.CommitteeId, x.EmployeeId }).IsUnique();
        b.HasIndex(x => x.EmployeeId);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
    }
}

internal sealed class HeadcountPlanConfiguration : IEntityTypeConfiguration<HeadcountPlan>
{
    public void Configure(EntityTypeBuilder<HeadcountPlan> b)
    {
        b.ToTable("HeadcountPlans");
        b.HasIndex(x => new { x.OrgUnitId, x.LevelId, x.Year }).IsUnique();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId);
        b.HasOne(x => x.Level).WithMany().HasForeignKey(x => x.LevelId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Reservations).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HeadcountReservationConfiguration : IEntityTypeConfiguration<HeadcountReservation>
{
    public void Configure(EntityTypeBuilder<HeadcountReservation> b)
    {
        b.ToTable("HeadcountReservations");
        b.HasIndex(x => x.ParticipantId);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.HasOne(x => x.Participant).WithMany().HasForeignKey(x => x.ParticipantId);
    }
}

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> b)
    {
        b.ToTable("Appointments");
        b.HasIndex(x => x.EmployeeId);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Position).HasMaxLength(200);
        b.Property(x => x.Reason).HasMaxLength(4000);
        b.Property(x => x.NominatedBy).HasMaxLength(256);
        b.Property(x => x.DecisionNote).HasMaxLength(2000);
        b.PrimitiveCollection(x => x.Evidence).ElementType().HasConversion<string>();
        b.PrimitiveCollection(x => x.UnmetAtNomination);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId);
        b.HasOne(x => x.Level).WithMany().HasForeignKey(x => x.LevelId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Plan).WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<HeadcountReservation>().WithMany().HasForeignKey(x => x.ReservationId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.Committee).WithMany().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Votes).WithOne().HasForeignKey(x => x.AppointmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Objections).WithOne().HasForeignKey(x => x.AppointmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AppointmentVoteConfiguration : IEntityTypeConfiguration<AppointmentVote>
{
    public void Configure(EntityTypeBuilder<AppointmentVote> b)
    {
        b.ToTable("AppointmentVotes");
        b.HasIndex(x => new { x.AppointmentId, x.MemberEmployeeId }).IsUnique();
        b.Property(x => x.Choice).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Comment).HasMaxLength(2000);
    }
}

internal sealed class AppointmentObjectionConfiguration : IEntityTypeConfiguration<AppointmentObjection>
{
    public void Configure(EntityTypeBuilder<AppointmentObjection> b)
    {
        b.ToTable("AppointmentObjections");
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Property(x => x.Resolution).HasMaxLength(4000);
        b.Property(x => x.RaisedBy).HasMaxLength(256);
        b.Property(x => x.ResolvedBy).HasMaxLength(256);
        b.Ignore(x => x.IsOpen);
    }
}

internal sealed class TitleCallConfiguration : IEntityTypeConfiguration<TitleCall>
{
    public void Configure(EntityTypeBuilder<TitleCall> b)
    {
        b.ToTable("TitleCalls");
        b.HasIndex(x => new { x.LadderId, x.Year }).IsUnique();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Ladder).WithMany().HasForeignKey(x => x.LadderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Committee).WithMany().HasForeignKey(x => x.CommitteeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TitleApplicationConfiguration : IEntityTypeConfiguration<TitleApplication>
{
    public void Configure(EntityTypeBuilder<TitleApplication> b)
    {
        b.ToTable("TitleApplications");
        b.HasIndex(x => new { x.CallId, x.EmployeeId }).IsUnique();
        b.HasIndex(x => x.EmployeeId);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Recommendation).HasMaxLength(4000);
        b.Property(x => x.RecommendedBy).HasMaxLength(256);
        b.Property(x => x.CertificateNumber).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Call).WithMany().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
        b.HasOne(x => x.Level).WithMany().HasForeignKey(x => x.LevelId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Votes).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Objections).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TitleEvidenceConfiguration : IEntityTypeConfiguration<TitleEvidence>
{
    public void Configure(EntityTypeBuilder<TitleEvidence> b)
    {
        b.ToTable("TitleEvidence");
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
    }
}

internal sealed class TitleVoteConfiguration : IEntityTypeConfiguration<TitleVote>
{
    public void Configure(EntityTypeBuilder<TitleVote> b)
    {
        b.ToTable("TitleVotes");
        b.HasIndex(x => new { x.ApplicationId, x.MemberEmployeeId }).IsUnique();
        b.Property(x => x.Choice).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Comment).HasMaxLength(2000);
    }
}

internal sealed class TitleObjectionConfiguration : IEntityTypeConfiguration<TitleObjection>
{
    public void Configure(EntityTypeBuilder<TitleObjection> b)
    {
        b.ToTable("TitleObjections");
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Property(x => x.Resolution).HasMaxLength(4000);
        b.Property(x => x.RaisedBy).HasMaxLength(256);
        b.Property(x => x.ResolvedBy).HasMaxLength(256);
        b.Ignore(x => x.IsOpen);
    }
}
