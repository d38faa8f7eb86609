using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.People.Contracts;

namespace TalentChain.Modules.People.Data;

// People's published read models (Contracts/PeopleReadModels.cs) map onto People's own tables as views: same columns,
// no migrations of their own, no foreign-key constraints from them (the composition root declares the constraints
// between modules' tables, ADR 0043), and no way to write through them.

internal sealed class EmployeeRefConfiguration : IEntityTypeConfiguration<EmployeeRef>
{
    public void Configure(EntityTypeBuilder<EmployeeRef> b)
    {
        b.ToView("Employees");
        b.HasKey(x => x.Id);
        b.HasOne(x => x.OrgUnit).WithMany().HasForeignKey(x => x.OrgUnitId);
        b.HasOne(x => x.Manager).WithMany().HasForeignKey(x => x.ManagerId);
        b.HasMany(x => x.Skills).WithOne(x => x.Employee).HasForeignKey(x => x.EmployeeId);
        b.Navigation(x => x.Skills).HasField("skills");
        b.Ignore(x => x.FullName);
    }
}

internal sealed class EmploymentEventRefConfiguration : IEntityTypeConfiguration<EmploymentEventRef>
{
    public void Configure(EntityTypeBuilder<EmploymentEventRef> b)
    {
        b.ToView("EmploymentEvents");
        b.HasKey(x => x.Id);
    }
}

internal sealed class OrgUnitRefConfiguration : IEntityTypeConfiguration<OrgUnitRef>
{
    public void Configure(EntityTypeBuilder<OrgUnitRef> b)
    {
        b.ToView("OrgUnits");
        b.HasKey(x => x.Id);
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId);
    }
}

internal sealed class TaxonomyRefConfiguration : IEntityTypeConfiguration<TaxonomyRef>
{
    public void Configure(EntityTypeBuilder<TaxonomyRef> b)
    {
        b.ToView("TaxonomyNodes");
        b.HasKey(x => x.Id);
        b.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId);
        b.Navigation(x => x.Children).HasField("children");
    }
}

internal sealed class SkillRefConfiguration : IEntityTypeConfiguration<SkillRef>
{
    public void Configure(EntityTypeBuilder<SkillRef> b)
    {
        b.ToView("SkillRecords");
        b.HasKey(x => x.Id);
        b.HasOne(x => x.TaxonomyNode).WithMany().HasForeignKey(x => x.TaxonomyNodeId);
    }
}
