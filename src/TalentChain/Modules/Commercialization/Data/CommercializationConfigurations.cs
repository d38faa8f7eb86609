using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.Commercialization.Domain;

namespace TalentChain.Modules.Commercialization.Data;

// Table names are explicit: without DbSet properties on the context, EF would name the tables after the classes.

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> b)
    {
        b.ToTable("Disclosures");
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => x.Status);
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.TitleZh).HasMaxLength(300);
        b.Property(x => x.Abstract).HasMaxLength(8000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Sensitivity).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Segment).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Decision).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.DecisionReasons).HasMaxLength(4000);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Inventors).WithOne().HasForeignKey(x => x.DisclosureId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Technologies).WithOne().HasForeignKey(x => x.DisclosureId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DisclosureInventorConfiguration : IEntityTypeConfiguration<DisclosureInventor>
{
    public void Configure(EntityTypeBuilder<DisclosureInventor> b)
    {
        b.ToTable("DisclosureInventors");
        b.HasIndex(x => new { x.DisclosureId, x.EmployeeId }).IsUnique();
        b.HasIndex(x => x.EmployeeId);
        b.Property(x => x.SharePercent).HasPrecision(5, 2);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
    }
}

internal sealed class DisclosureTechnologyConfiguration : IEntityTypeConfiguration<DisclosureTechnology>
{
    public void Configure(EntityTypeBuilder<DisclosureTechnology> b)
    {
        b.ToTable("DisclosureTechnologies");
        b.HasKey(x => new { x.DisclosureId, x.TaxonomyNodeId });
        b.HasIndex(x => x.TaxonomyNodeId);
    }
}

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> b)
    {
        b.ToTable("DisclosureEvaluations");
        b.HasIndex(x => x.DisclosureId).IsUnique();
        b.Property(x => x.OpenedBy).HasMaxLength(256);
        b.Property(x => x.Decision).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Reasons).HasMaxLength(4000);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.TradeSecretLink).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Disclosure).WithMany().HasForeignKey(x => x.DisclosureId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Members).WithOne(x => x.Evaluation).HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvaluationMemberConfiguration : IEntityTypeConfiguration<EvaluationMember>
{
    public void Configure(EntityTypeBuilder<EvaluationMember> b)
    {
        b.ToTable("DisclosureEvaluationMembers");
        b.HasIndex(x => new { x.EvaluationId, x.EmployeeId }).IsUnique();
        b.HasIndex(x => x.EmployeeId);
        b.Property(x => x.Comment).HasMaxLength(2000);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
    }
}

internal sealed class LegalRequestConfiguration : IEntityTypeConfiguration<LegalRequest>
{
    public void Configure(EntityTypeBuilder<LegalRequest> b)
    {
        b.ToTable("LegalRequests");
        b.HasIndex(x => x.DisclosureId);
        b.HasIndex(x => x.CounselEmployeeId);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Question).HasMaxLength(4000);
        b.Property(x => x.Outcome).HasMaxLength(8000);
        b.Property(x => x.Conclusion).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.AnsweredBy).HasMaxLength(256);
        b.HasIndex(x => x.ConversionProjectId);
        b.Property(x => x.RequestedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Disclosure>().WithMany().HasForeignKey(x => x.DisclosureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PatentFamily>().WithMany().HasForeignKey(x => x.PatentFamilyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ConversionProject>().WithMany().HasForeignKey(x => x.ConversionProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.RequestedByEmployee).WithMany().HasForeignKey(x => x.RequestedByEmployeeId);
        b.HasOne(x => x.CounselEmployee).WithMany().HasForeignKey(x => x.CounselEmployeeId);
    }
}

internal sealed class CommercializationAttachmentConfiguration : IEntityTypeConfiguration<CommercializationAttachment>
{
    public void Configure(EntityTypeBuilder<CommercializationAttachment> b)
    {
        b.ToTable("CommercializationAttachments");
        b.HasIndex(x => new { x.Owner, x.OwnerId });
        b.Property(x => x.Owner).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
    }
}

internal sealed class PatentFamilyConfiguration : IEntityTypeConfiguration<PatentFamily>
{
    public void Configure(EntityTypeBuilder<PatentFamily> b)
    {
        b.ToTable("PatentFamilies");
        b.HasIndex(x => x.Reference).IsUnique();
        b.HasIndex(x => x.DisclosureId);
        b.Property(x => x.Reference).HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Disclosure).WithMany().HasForeignKey(x => x.DisclosureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Owner).WithMany().HasForeignKey(x => x.OwnerEmployeeId);
        b.HasMany(x => x.Filings).WithOne().HasForeignKey(x => x.FamilyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Deadlines).WithOne().HasForeignKey(x => x.FamilyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PatentFilingConfiguration : IEntityTypeConfiguration<PatentFiling>
{
    public void Configure(EntityTypeBuilder<PatentFiling> b)
    {
        b.ToTable("PatentFilings");
        b.Property(x => x.Office).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ApplicationNumber).HasMaxLength(60);
        b.Property(x => x.PatentNumber).HasMaxLength(60);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<PatentFiling>().WithMany().HasForeignKey(x => x.ParentFilingId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.OfficeActions).WithOne().HasForeignKey(x => x.FilingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfficeActionConfiguration : IEntityTypeConfiguration<OfficeAction>
{
    public void Configure(EntityTypeBuilder<OfficeAction> b) => b.ToTable("PatentOfficeActions");
}

internal sealed class IpDeadlineConfiguration : IEntityTypeConfiguration<IpDeadline>
{
    public void Configure(EntityTypeBuilder<IpDeadline> b)
    {
        b.ToTable("IpDeadlines");
        b.HasIndex(x => new { x.FamilyId, x.Key }).IsUnique();
        b.HasIndex(x => x.DueOn);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Key).HasMaxLength(80);
        b.Property(x => x.Detail).HasMaxLength(200);
        b.HasOne(x => x.Owner).WithMany().HasForeignKey(x => x.OwnerEmployeeId);
        b.HasOne<PatentFiling>().WithMany().HasForeignKey(x => x.FilingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Reminders).WithOne().HasForeignKey(x => x.DeadlineId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeadlineReminderConfiguration : IEntityTypeConfiguration<DeadlineReminder>
{
    public void Configure(EntityTypeBuilder<DeadlineReminder> b)
    {
        b.ToTable("IpDeadlineReminders");
        b.HasIndex(x => new { x.DeadlineId, x.DaysBefore }).IsUnique();
    }
}

internal sealed class SharingSessionConfiguration : IEntityTypeConfiguration<SharingSession>
{
    public void Configure(EntityTypeBuilder<SharingSession> b)
    {
        b.ToTable("SharingSessions");
        b.HasIndex(x => x.StartsAt);
        b.Property(x => x.Topic).HasMaxLength(300);
        b.Property(x => x.TopicZh).HasMaxLength(300);
        b.Property(x => x.Place).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Speaker).WithMany().HasForeignKey(x => x.SpeakerEmployeeId);
        b.HasMany(x => x.Attendees).WithOne().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Disclosures).WithOne().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionAttendeeConfiguration : IEntityTypeConfiguration<SessionAttendee>
{
    public void Configure(EntityTypeBuilder<SessionAttendee> b)
    {
        b.ToTable("SharingSessionAttendees");
        b.HasIndex(x => new { x.SessionId, x.EmployeeId }).IsUnique();
        b.HasIndex(x => x.EmployeeId);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
    }
}

internal sealed class SessionDisclosureConfiguration : IEntityTypeConfiguration<SessionDisclosure>
{
    public void Configure(EntityTypeBuilder<SessionDisclosure> b)
    {
        b.ToTable("SharingSessionDisclosures");
        b.HasKey(x => new { x.SessionId, x.DisclosureId });
        b.HasOne<Disclosure>().WithMany().HasForeignKey(x => x.DisclosureId).OnDelete(DeleteBehavior.Cascade);
    }
}
