using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.Knowledge.Domain;

using TalentChain.Modules.People.Contracts;
namespace TalentChain.Modules.Knowledge.Data;

internal sealed class CriticalTechnologyConfiguration : IEntityTypeConfiguration<CriticalTechnology>
{
    public void Configure(EntityTypeBuilder<CriticalTechnology> b)
    {
        b.ToTable("CriticalTechnologies");
        b.HasIndex(x => x.TaxonomyNodeId).IsUnique();
        b.Property(x => x.Sensitivity).HasMaxLength(20);
        b.Property(x => x.Segment).HasMaxLength(40);
        b.Property(x => x.Notes).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.TaxonomyNode).WithMany().HasForeignKey(x => x.TaxonomyNodeId);
    }
}

internal sealed class KnowledgeSettingsConfiguration : IEntityTypeConfiguration<KnowledgeSettings>
{
    public void Configure(EntityTypeBuilder<KnowledgeSettings> b)
    {
        b.ToTable("KnowledgeSettings");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.CoverageThreshold).HasPrecision(5, 3);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class CoverageStateConfiguration : IEntityTypeConfiguration<CoverageState>
{
    public void Configure(EntityTypeBuilder<CoverageState> b)
    {
        b.ToTable("CoverageStates");
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}

internal sealed class CoverageSnapshotConfiguration : IEntityTypeConfiguration<CoverageSnapshot>
{
    public void Configure(EntityTypeBuilder<CoverageSnapshot> b)
    {
        b.ToTable("CoverageSnapshots");
        // One snapshot per technology: an alternate key (unique), which the holder rows refer to. Two nodes storing a
        // recompute at once collide on it; CoverageService lets the first stand.
        b.HasAlternateKey(x => x.CriticalTechnologyId);
        b.Property(x => x.EffectiveHolders).HasPrecision(9, 3);
        b.Property(x => x.Coverage).HasPrecision(9, 3);
        b.Property(x => x.EffectiveAfterDepartures).HasPrecision(9, 3);
        b.Property(x => x.CoverageAfterDepartures).HasPrecision(9, 3);
        b.HasOne<CriticalTechnology>().WithMany().HasForeignKey(x => x.CriticalTechnologyId).OnDelete(DeleteBehavior.Cascade);
        // The holder rows belong to the snapshot of their technology and go with it.
        b.HasMany(x => x.HolderRows).WithOne().HasForeignKey(h => h.CriticalTechnologyId).HasPrincipalKey(x => x.CriticalTechnologyId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CoverageHolderConfiguration : IEntityTypeConfiguration<CoverageHolder>
{
    public void Configure(EntityTypeBuilder<CoverageHolder> b)
    {
        b.ToTable("CoverageHolders");
        // One row per holder of a technology; the key also serves "the holders of this technology".
        b.HasKey(x => new { x.CriticalTechnologyId, x.EmployeeId });
        b.Property(x => x.Weight).HasPrecision(5, 3);
        // "The technologies this person holds" (the risk register, a person's risk page) and the cascade from Employees.
        b.HasIndex(x => x.EmployeeId);
    }
}

internal sealed class PersonAssessmentConfiguration : IEntityTypeConfiguration<PersonAssessment>
{
    public void Configure(EntityTypeBuilder<PersonAssessment> b)
    {
        b.ToTable("PersonAssessments");
        b.HasIndex(x => new { x.EmployeeId, x.Id });
        b.Property(x => x.ManagerView).HasMaxLength(20);
        b.Property(x => x.OverrideReason).HasMaxLength(1000);
        b.Property(x => x.Notes).HasMaxLength(1000);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
    }
}

internal sealed class SuccessionPlanConfiguration : IEntityTypeConfiguration<SuccessionPlan>
{
    public void Configure(EntityTypeBuilder<SuccessionPlan> b)
    {
        b.ToTable("SuccessionPlans");
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Position).HasMaxLength(200);
        b.Property(x => x.Notes).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.CriticalTechnology).WithMany().HasForeignKey(x => x.CriticalTechnologyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Successors).WithOne().HasForeignKey(x => x.SuccessionPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SuccessorConfiguration : IEntityTypeConfiguration<Successor>
{
    public void Configure(EntityTypeBuilder<Successor> b)
    {
        b.ToTable("Successors");
        b.HasIndex(x => new { x.SuccessionPlanId, x.EmployeeId }).IsUnique();
        b.Property(x => x.Readiness).HasMaxLength(20);
        b.Property(x => x.Notes).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Actions).WithOne().HasForeignKey(x => x.SuccessorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DevelopmentActionConfiguration : IEntityTypeConfiguration<DevelopmentAction>
{
    public void Configure(EntityTypeBuilder<DevelopmentAction> b)
    {
        b.ToTable("DevelopmentActions");
        b.Property(x => x.Text).HasMaxLength(1000);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.IdpUrl).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class DepartureConfiguration : IEntityTypeConfiguration<Departure>
{
    public void Configure(EntityTypeBuilder<Departure> b)
    {
        b.ToTable("Departures");
        b.HasIndex(x => x.EmployeeId);
        b.HasIndex(x => x.LastDay);
        b.Property(x => x.Reason).HasMaxLength(30);
        b.Property(x => x.Destination).HasMaxLength(30);
        b.Property(x => x.Level).HasMaxLength(20);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.Notes).HasMaxLength(1000);
        b.Property(x => x.RoleTitle).HasMaxLength(200);
        b.Property(x => x.CompletedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Handovers).WithOne().HasForeignKey(x => x.DepartureId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HandoverItemConfiguration : IEntityTypeConfiguration<HandoverItem>
{
    public void Configure(EntityTypeBuilder<HandoverItem> b)
    {
        b.ToTable("HandoverItems");
        b.HasIndex(x => new { x.DepartureId, x.CriticalTechnologyId }).IsUnique();
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.Notes).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<CriticalTechnology>().WithMany().HasForeignKey(x => x.CriticalTechnologyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ControlledDataSetConfiguration : IEntityTypeConfiguration<ControlledDataSet>
{
    public void Configure(EntityTypeBuilder<ControlledDataSet> b)
    {
        b.ToTable("ControlledDataSets");
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.Sensitivity).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.Content).HasMaxLength(8000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<CriticalTechnology>().WithMany().HasForeignKey(x => x.CriticalTechnologyId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class AccessGrantConfiguration : IEntityTypeConfiguration<AccessGrant>
{
    public void Configure(EntityTypeBuilder<AccessGrant> b)
    {
        b.ToTable("AccessGrants");
        b.HasIndex(x => new { x.DataSetId, x.EmployeeId });
        b.HasIndex(x => x.EmployeeId);
        b.Property(x => x.LegalBasis).HasMaxLength(500);
        b.Property(x => x.GrantedBy).HasMaxLength(256);
        b.Property(x => x.RequiredTraining).HasMaxLength(300);
        b.Property(x => x.RevokedReason).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<ControlledDataSet>().WithMany().HasForeignKey(x => x.DataSetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ControlledReadLogConfiguration : IEntityTypeConfiguration<ControlledReadLog>
{
    public void Configure(EntityTypeBuilder<ControlledReadLog> b)
    {
        b.ToTable("ControlledReadLogs");
        b.HasIndex(x => new { x.DataSetId, x.At });
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.What).HasMaxLength(300);
        b.HasOne<ControlledDataSet>().WithMany().HasForeignKey(x => x.DataSetId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>Knowledge's published read model of a departure: a read-only view of its own table (ADR 0043).</summary>
internal sealed class DepartureRefConfiguration : IEntityTypeConfiguration<TalentChain.Modules.Knowledge.Contracts.DepartureRef>
{
    public void Configure(EntityTypeBuilder<TalentChain.Modules.Knowledge.Contracts.DepartureRef> b)
    {
        b.ToView("Departures");
        b.HasKey(x => x.Id);
    }
}
