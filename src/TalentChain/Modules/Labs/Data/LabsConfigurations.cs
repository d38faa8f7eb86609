using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.Labs.Domain;

namespace TalentChain.Modules.Labs.Data;

// Table names are explicit: without DbSet properties on the context, EF would name the tables after the classes.

internal sealed class LabUnitConfiguration : IEntityTypeConfiguration<LabUnit>
{
    public void Configure(EntityTypeBuilder<LabUnit> b)
    {
        b.ToTable("LabUnits");
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.Site).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Segment).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<LabUnit>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Managers).WithOne().HasForeignKey(x => x.LabUnitId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Requirements).WithOne().HasForeignKey(x => x.LabUnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LabManagerConfiguration : IEntityTypeConfiguration<LabManager>
{
    public void Configure(EntityTypeBuilder<LabManager> b)
    {
        b.ToTable("LabManagers");
        b.HasIndex(x => new { x.LabUnitId, x.EmployeeId }).IsUnique();
        b.HasIndex(x => x.EmployeeId);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
    }
}

internal sealed class LabRequirementConfiguration : IEntityTypeConfiguration<LabRequirement>
{
    public void Configure(EntityTypeBuilder<LabRequirement> b)
    {
        b.ToTable("LabRequirements");
        b.HasIndex(x => new { x.LabUnitId, x.QualificationTypeId }).IsUnique();
        b.HasOne(x => x.QualificationType).WithMany().HasForeignKey(x => x.QualificationTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class QualificationTypeConfiguration : IEntityTypeConfiguration<QualificationType>
{
    public void Configure(EntityTypeBuilder<QualificationType> b)
    {
        b.ToTable("LabQualificationTypes");
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Courses).WithOne().HasForeignKey(x => x.QualificationTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QualificationCourseConfiguration : IEntityTypeConfiguration<QualificationCourse>
{
    public void Configure(EntityTypeBuilder<QualificationCourse> b)
    {
        b.ToTable("LabQualificationCourses");
        b.HasIndex(x => new { x.QualificationTypeId, x.CourseId }).IsUnique();
        b.HasIndex(x => x.CourseId);
    }
}

internal sealed class QualificationRecordConfiguration : IEntityTypeConfiguration<QualificationRecord>
{
    public void Configure(EntityTypeBuilder<QualificationRecord> b)
    {
        b.ToTable("LabQualificationRecords");
        b.HasIndex(x => new { x.EmployeeId, x.QualificationTypeId });
        b.HasIndex(x => x.ExpiresOn);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CourseCode).HasMaxLength(40);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.EvidenceFileName).HasMaxLength(260);
        b.Property(x => x.EvidenceContentType).HasMaxLength(100);
        b.Property(x => x.RevokedBy).HasMaxLength(256);
        b.Property(x => x.RevokeReason).HasMaxLength(1000);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
        b.HasOne(x => x.QualificationType).WithMany().HasForeignKey(x => x.QualificationTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AccessGrantConfiguration : IEntityTypeConfiguration<AccessGrant>
{
    public void Configure(EntityTypeBuilder<AccessGrant> b)
    {
        b.ToTable("LabAccessGrants");
        b.HasIndex(x => x.EmployeeId);
        b.HasIndex(x => new { x.LabUnitId, x.Status });
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.RequestedBy).HasMaxLength(256);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.DecisionNote).HasMaxLength(1000);
        b.Property(x => x.RevokedBy).HasMaxLength(256);
        b.Property(x => x.RevokeReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
        b.HasOne(x => x.LabUnit).WithMany().HasForeignKey(x => x.LabUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<QualificationType>().WithMany().HasForeignKey(x => x.SuspendedForTypeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BadgeNumberConfiguration : IEntityTypeConfiguration<BadgeNumber>
{
    public void Configure(EntityTypeBuilder<BadgeNumber> b)
    {
        b.ToTable("LabBadgeNumbers");
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => x.EmployeeId).IsUnique();
        b.Property(x => x.Number).HasMaxLength(40);
    }
}

internal sealed class BadgeImportConfiguration : IEntityTypeConfiguration<BadgeImport>
{
    public void Configure(EntityTypeBuilder<BadgeImport> b)
    {
        b.ToTable("LabBadgeImports");
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.ImportedBy).HasMaxLength(256);
    }
}

internal sealed class BadgeEntryConfiguration : IEntityTypeConfiguration<BadgeEntry>
{
    public void Configure(EntityTypeBuilder<BadgeEntry> b)
    {
        b.ToTable("LabBadgeEntries");
        b.HasIndex(x => new { x.EmployeeId, x.AreaId, x.At }).IsUnique();
        b.HasIndex(x => x.At);
        b.Property(x => x.Flag).HasConversion<string>().HasMaxLength(20);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
        b.HasOne(x => x.Area).WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BadgeImport>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<QualificationType>().WithMany().HasForeignKey(x => x.FlagTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AccessGrant>().WithMany().HasForeignKey(x => x.GrantId).OnDelete(DeleteBehavior.Restrict);
    }
}

