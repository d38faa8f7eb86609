using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.Commercialization.Domain;

namespace TalentChain.Modules.Commercialization.Data;

// Go-to-market, revenue and rewards (ADR 0050). Table names are explicit; money is decimal(18,2).

internal sealed class ConversionProjectConfiguration : IEntityTypeConfiguration<ConversionProject>
{
    public void Configure(EntityTypeBuilder<ConversionProject> b)
    {
        b.ToTable("CommercializationProjects");
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => x.BusinessOwnerId);
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Route).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CounterpartyName).HasMaxLength(200);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.BusinessOwner).WithMany().HasForeignKey(x => x.BusinessOwnerId);
        b.HasMany(x => x.Disclosures).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Milestones).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Deals).WithOne(x => x.Project).HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConversionProjectDisclosureConfiguration : IEntityTypeConfiguration<ConversionProjectDisclosure>
{
    public void Configure(EntityTypeBuilder<ConversionProjectDisclosure> b)
    {
        b.ToTable("CommercializationProjectDisclosures");
        b.HasIndex(x => new { x.ProjectId, x.DisclosureId }).IsUnique();
        b.HasIndex(x => x.DisclosureId);
        b.HasOne<Disclosure>().WithMany().HasForeignKey(x => x.DisclosureId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProjectMilestoneConfiguration : IEntityTypeConfiguration<ProjectMilestone>
{
    public void Configure(EntityTypeBuilder<ProjectMilestone> b)
    {
        b.ToTable("CommercializationMilestones");
        b.HasIndex(x => x.OwnerId);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Owner).WithMany().HasForeignKey(x => x.OwnerId);
    }
}

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> b)
    {
        b.ToTable("CommercializationDeals");
        b.HasIndex(x => x.ContractNumber).IsUnique();
        b.HasIndex(x => x.ProjectId);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CounterpartyName).HasMaxLength(200);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.ContractNumber).HasMaxLength(60);
        b.Property(x => x.AgreedPercent).HasPrecision(5, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Revenue).WithOne().HasForeignKey(x => x.DealId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RevenueEntryConfiguration : IEntityTypeConfiguration<RevenueEntry>
{
    public void Configure(EntityTypeBuilder<RevenueEntry> b)
    {
        b.ToTable("CommercializationRevenue");
        b.HasIndex(x => new { x.DealId, x.ReceivedOn });
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.AmountCny).HasPrecision(18, 2);
        b.Property(x => x.EquityShares).HasPrecision(18, 0);
        b.Property(x => x.EquityPercent).HasPrecision(7, 4);
        b.Property(x => x.PatentCostCny).HasPrecision(18, 2);
        b.Property(x => x.LegalCostCny).HasPrecision(18, 2);
        b.Property(x => x.EvaluationCostCny).HasPrecision(18, 2);
        b.Property(x => x.TaxCny).HasPrecision(18, 2);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
    }
}

internal sealed class RewardPolicyConfiguration : IEntityTypeConfiguration<RewardPolicy>
{
    public void Configure(EntityTypeBuilder<RewardPolicy> b)
    {
        b.ToTable("CommercializationRewardPolicies");
        b.HasIndex(x => new { x.Kind, x.PolicyVersion }).IsUnique();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Percent).HasPrecision(5, 2);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
    }
}

internal sealed class RewardFundConfiguration : IEntityTypeConfiguration<RewardFund>
{
    public void Configure(EntityTypeBuilder<RewardFund> b)
    {
        b.ToTable("CommercializationRewardFunds");
        b.HasIndex(x => new { x.DealId, x.Year }).IsUnique();
        b.Property(x => x.CommittedCny).HasPrecision(18, 2);
        b.Property(x => x.CommittedShares).HasPrecision(18, 0);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Deal).WithMany().HasForeignKey(x => x.DealId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RewardConfiguration : IEntityTypeConfiguration<Reward>
{
    public void Configure(EntityTypeBuilder<Reward> b)
    {
        b.ToTable("CommercializationRewards");
        b.HasIndex(x => x.DealId);
        b.Property(x => x.AmountCny).HasPrecision(18, 2);
        b.Property(x => x.Shares).HasPrecision(18, 0);
        b.Property(x => x.Percent).HasPrecision(5, 2);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.ProposedByUserId).HasMaxLength(450);
        b.Property(x => x.ProposedBy).HasMaxLength(256);
        b.Property(x => x.ApprovedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Fund).WithMany().HasForeignKey(x => x.FundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Deal>().WithMany().HasForeignKey(x => x.DealId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Payouts).WithOne(x => x.Reward).HasForeignKey(x => x.RewardId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RewardPayoutConfiguration : IEntityTypeConfiguration<RewardPayout>
{
    public void Configure(EntityTypeBuilder<RewardPayout> b)
    {
        b.ToTable("CommercializationRewardPayouts");
        b.HasIndex(x => new { x.RewardId, x.EmployeeId }).IsUnique();
        b.HasIndex(x => x.EmployeeId);
        b.Property(x => x.SharePercent).HasPrecision(5, 2);
        b.Property(x => x.AmountCny).HasPrecision(18, 2);
        b.Property(x => x.Shares).HasPrecision(18, 0);
        b.Property(x => x.PaymentReference).HasMaxLength(100);
        b.Property(x => x.PaidBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
    }
}
