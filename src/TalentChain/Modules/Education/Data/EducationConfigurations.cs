using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.Education.Domain;

namespace TalentChain.Modules.Education.Data;

// Table names are explicit: without DbSet properties on the context, EF would name the tables after the classes.
// Money: precision 18,2 (CNY to the fen); percentages 9,4.

internal sealed class UniversityConfiguration : IEntityTypeConfiguration<University>
{
    public void Configure(EntityTypeBuilder<University> b)
    {
        b.ToTable("EducationUniversities");
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.City).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Professors).WithOne().HasForeignKey(x => x.UniversityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProfessorConfiguration : IEntityTypeConfiguration<Professor>
{
    public void Configure(EntityTypeBuilder<Professor> b)
    {
        b.ToTable("EducationProfessors");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.Field).HasMaxLength(200);
    }
}

internal sealed class EducationPolicyConfiguration : IEntityTypeConfiguration<EducationPolicy>
{
    public void Configure(EntityTypeBuilder<EducationPolicy> b)
    {
        b.ToTable("EducationPolicies");
        b.Property(x => x.MasterAnnualCap).HasPrecision(18, 2);
        b.Property(x => x.MasterDegreeCap).HasPrecision(18, 2);
        b.Property(x => x.DoctorateAnnualCap).HasPrecision(18, 2);
        b.Property(x => x.DoctorateDegreeCap).HasPrecision(18, 2);
        b.PrimitiveCollection(x => x.EligibleCostTypes).ElementType().HasConversion<string>();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class ShareBandConfiguration : IEntityTypeConfiguration<ShareBand>
{
    public void Configure(EntityTypeBuilder<ShareBand> b)
    {
        b.ToTable("EducationShareBands");
        b.Property(x => x.SharePercent).HasPrecision(9, 4);
    }
}

internal sealed class DegreeConfiguration : IEntityTypeConfiguration<Degree>
{
    public void Configure(EntityTypeBuilder<Degree> b)
    {
        b.ToTable("EducationDegrees");
        b.HasIndex(x => x.EmployeeId);
        b.Property(x => x.Programme).HasMaxLength(200);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.AppliedBy).HasMaxLength(256);
        b.Property(x => x.ManagerDecisionBy).HasMaxLength(256);
        b.Property(x => x.DecisionNote).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
        b.HasOne(x => x.University).WithMany().HasForeignKey(x => x.UniversityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Agreement).WithOne().HasForeignKey<Agreement>(x => x.DegreeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Milestones).WithOne().HasForeignKey(x => x.DegreeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> b)
    {
        b.ToTable("EducationAgreements");
        b.HasIndex(x => x.DegreeId).IsUnique();
        b.Property(x => x.AnnualCap).HasPrecision(18, 2);
        b.Property(x => x.DegreeCap).HasPrecision(18, 2);
        b.Property(x => x.SharePercent).HasPrecision(9, 4);
        b.PrimitiveCollection(x => x.EligibleCostTypes).ElementType().HasConversion<string>();
        b.Property(x => x.SignedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> b)
    {
        b.ToTable("EducationMilestones");
        b.HasIndex(x => new { x.DegreeId, x.Kind }).IsUnique();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.CompletedBy).HasMaxLength(256);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.MilestoneId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MilestoneEvidenceConfiguration : IEntityTypeConfiguration<MilestoneEvidence>
{
    public void Configure(EntityTypeBuilder<MilestoneEvidence> b)
    {
        b.ToTable("EducationMilestoneEvidence");
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.ContentType).HasMaxLength(200);
        b.Property(x => x.UploadedBy).HasMaxLength(256);
    }
}

internal sealed class TuitionClaimConfiguration : IEntityTypeConfiguration<TuitionClaim>
{
    public void Configure(EntityTypeBuilder<TuitionClaim> b)
    {
        b.ToTable("EducationTuitionClaims");
        b.HasIndex(x => x.DegreeId);
        b.HasIndex(x => x.EmployeeId);
        b.Property(x => x.CostType).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Cap).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Eligible).HasPrecision(18, 2);
        b.Property(x => x.ApprovedAmount).HasPrecision(18, 2);
        b.Property(x => x.CapLimit).HasPrecision(18, 2);
        b.Property(x => x.CapAlreadyApproved).HasPrecision(18, 2);
        b.Property(x => x.PaidAmount).HasPrecision(18, 2);
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.DecisionNote).HasMaxLength(1000);
        b.Property(x => x.SubmittedBy).HasMaxLength(256);
        b.Property(x => x.ManagerBy).HasMaxLength(256);
        b.Property(x => x.HrBy).HasMaxLength(256);
        b.Property(x => x.PaidBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Degree).WithMany().HasForeignKey(x => x.DegreeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Receipts).WithOne().HasForeignKey(x => x.ClaimId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.CountsAgainstCap);
    }
}

internal sealed class ClaimReceiptConfiguration : IEntityTypeConfiguration<ClaimReceipt>
{
    public void Configure(EntityTypeBuilder<ClaimReceipt> b)
    {
        b.ToTable("EducationClaimReceipts");
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.ContentType).HasMaxLength(200);
    }
}

internal sealed class ClawbackCaseConfiguration : IEntityTypeConfiguration<ClawbackCase>
{
    public void Configure(EntityTypeBuilder<ClawbackCase> b)
    {
        b.ToTable("EducationClawbackCases");
        b.HasIndex(x => new { x.DegreeId, x.DepartureId }).IsUnique();
        b.HasIndex(x => x.EmployeeId);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ReimbursedTotal).HasPrecision(18, 2);
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.SettledAmount).HasPrecision(18, 2);
        b.Property(x => x.SettledBy).HasMaxLength(256);
        b.Property(x => x.WaiveReason).HasMaxLength(1000);
        b.Property(x => x.WaivedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Degree).WithMany().HasForeignKey(x => x.DegreeId).OnDelete(DeleteBehavior.Cascade);
    }
}
