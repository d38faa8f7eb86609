using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.People.Domain;

namespace TalentChain.Modules.People.Data;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.Site).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> b)
    {
        b.HasIndex(x => x.EmployeeNumber).IsUnique();
        b.Property(x => x.EmployeeNumber).HasMaxLength(40);
        b.Property(x => x.FamilyName).HasMaxLength(100);
        b.Property(x => x.GivenName).HasMaxLength(100);
        b.Property(x => x.ChineseName).HasMaxLength(50);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.Position).HasMaxLength(200);
        b.Property(x => x.SearchText).HasMaxLength(800);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.OrgUnitId);
        b.HasIndex(x => new { x.Status, x.FamilyName, x.GivenName });
        b.HasIndex(x => x.ManagerId);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Manager).WithMany().HasForeignKey(x => x.ManagerId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Skills).WithOne(x => x.Employee).HasForeignKey(x => x.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.FullName);
    }
}

internal sealed class EmploymentEventConfiguration : IEntityTypeConfiguration<EmploymentEvent>
{
    public void Configure(EntityTypeBuilder<EmploymentEvent> b)
    {
        b.HasIndex(x => new { x.EmployeeId, x.EffectiveDate });
        b.Property(x => x.FromValue).HasMaxLength(200);
        b.Property(x => x.ToValue).HasMaxLength(200);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
    }
}

internal sealed class TaxonomyNodeConfiguration : IEntityTypeConfiguration<TaxonomyNode>
{
    public void Configure(EntityTypeBuilder<TaxonomyNode> b)
    {
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(60);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SkillRecordConfiguration : IEntityTypeConfiguration<SkillRecord>
{
    public void Configure(EntityTypeBuilder<SkillRecord> b)
    {
        b.HasIndex(x => new { x.EmployeeId, x.TaxonomyNodeId }).IsUnique();
        b.HasIndex(x => new { x.TaxonomyNodeId, x.Level });
        b.Property(x => x.Evidence).HasMaxLength(1000);
        b.Property(x => x.AssessedBy).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.TaxonomyNode).WithMany().HasForeignKey(x => x.TaxonomyNodeId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_SkillRecords_Level", "\"Level\" BETWEEN 0 AND 4"));
    }
}
