using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.Rotations.Domain;

using TalentChain.Modules.TalentProgram.Contracts;

using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Rotations.Data;

// Table names are explicit: without DbSet properties on the context, EF would name the tables after the classes.

internal sealed class CohortRotationPlanConfiguration : IEntityTypeConfiguration<CohortRotationPlan>
{
    public void Configure(EntityTypeBuilder<CohortRotationPlan> b)
    {
        b.ToTable("RotationPlans");
        b.HasIndex(x => x.CohortId).IsUnique();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ProposalSource).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.PublishedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Cohort).WithMany().HasForeignKey(x => x.CohortId);
        b.HasMany(x => x.Offers).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.ProposalItems).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Unplaced).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Placements).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.HasProposal);
    }
}

internal sealed class RotationOfferConfiguration : IEntityTypeConfiguration<RotationOffer>
{
    public void Configure(EntityTypeBuilder<RotationOffer> b)
    {
        b.ToTable("RotationOffers");
        b.HasIndex(x => new { x.PlanId, x.OrgUnitId }).IsUnique();
        b.PrimitiveCollection(x => x.Places);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId);
    }
}

internal sealed class RotationMemberConfiguration : IEntityTypeConfiguration<RotationMember>
{
    public void Configure(EntityTypeBuilder<RotationMember> b)
    {
        b.ToTable("RotationMembers");
        b.HasIndex(x => new { x.PlanId, x.ParticipantId }).IsUnique();
        b.HasIndex(x => x.ParticipantId);
        b.HasOne(x => x.Participant).WithMany().HasForeignKey(x => x.ParticipantId);
        b.HasMany(x => x.Preferences).WithOne().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RotationPreferenceConfiguration : IEntityTypeConfiguration<RotationPreference>
{
    public void Configure(EntityTypeBuilder<RotationPreference> b)
    {
        b.ToTable("RotationPreferences");
        b.HasIndex(x => new { x.MemberId, x.OrgUnitId }).IsUnique();
    }
}

internal sealed class RotationProposalItemConfiguration : IEntityTypeConfiguration<RotationProposalItem>
{
    public void Configure(EntityTypeBuilder<RotationProposalItem> b)
    {
        b.ToTable("RotationProposalItems");
        b.HasIndex(x => new { x.PlanId, x.ParticipantId, x.Sequence }).IsUnique();
    }
}

internal sealed class RotationUnplacedConfiguration : IEntityTypeConfiguration<RotationUnplaced>
{
    public void Configure(EntityTypeBuilder<RotationUnplaced> b)
    {
        b.ToTable("RotationUnplaced");
        b.HasIndex(x => new { x.PlanId, x.ParticipantId }).IsUnique();
        b.Property(x => x.Code).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Reason).HasMaxLength(2000);
    }
}

internal sealed class RotationPlacementConfiguration : IEntityTypeConfiguration<RotationPlacement>
{
    public void Configure(EntityTypeBuilder<RotationPlacement> b)
    {
        b.ToTable("RotationPlacements");
        b.HasIndex(x => new { x.ParticipantId, x.Sequence }).IsUnique();
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId);
    }
}

/// <summary>The published read model (Contracts) over the placements table: a view, nothing to write through.</summary>
internal sealed class RotationPlacementRefConfiguration : IEntityTypeConfiguration<TalentChain.Modules.Rotations.Contracts.RotationPlacementRef>
{
    public void Configure(EntityTypeBuilder<TalentChain.Modules.Rotations.Contracts.RotationPlacementRef> b)
    {
        b.ToView("RotationPlacements");
        b.HasKey(x => x.Id);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId);
    }
}
