using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.Projects.Contracts;
using TalentChain.Modules.Projects.Domain;

namespace TalentChain.Modules.Projects.Data;

// Table names are explicit: without DbSet properties on the context, EF would name the tables after the classes.

internal sealed class StrategicProjectConfiguration : IEntityTypeConfiguration<StrategicProject>
{
    public void Configure(EntityTypeBuilder<StrategicProject> b)
    {
        b.ToTable("StrategicProjects");
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.TitleZh).HasMaxLength(300);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Segment).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Classification).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne(x => x.LeadUnit).WithMany().HasForeignKey(x => x.LeadUnitId);
        b.HasOne(x => x.Sponsor).WithMany().HasForeignKey(x => x.SponsorEmployeeId);
        b.HasMany(x => x.Roles).WithOne(x => x.Project).HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Members).WithOne(x => x.Project).HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectRoleConfiguration : IEntityTypeConfiguration<ProjectRole>
{
    public void Configure(EntityTypeBuilder<ProjectRole> b)
    {
        b.ToTable("ProjectRoles");
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.TitleZh).HasMaxLength(200);
        b.HasMany(x => x.Skills).WithOne().HasForeignKey(x => x.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoleSkillConfiguration : IEntityTypeConfiguration<RoleSkill>
{
    public void Configure(EntityTypeBuilder<RoleSkill> b)
    {
        b.ToTable("ProjectRoleSkills");
        b.HasIndex(x => new { x.RoleId, x.TaxonomyNodeId }).IsUnique();
        b.HasOne(x => x.TaxonomyNode).WithMany().HasForeignKey(x => x.TaxonomyNodeId);
    }
}

internal sealed class ProjectMembershipConfiguration : IEntityTypeConfiguration<ProjectMembership>
{
    public void Configure(EntityTypeBuilder<ProjectMembership> b)
    {
        b.ToTable("ProjectMemberships");
        b.HasIndex(x => x.EmployeeId);
        b.HasIndex(x => x.PlacementKey).IsUnique();
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.HasOne(x => x.Role).WithMany().HasForeignKey(x => x.RoleId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
        b.HasOne<PlacementRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PlacementRoundConfiguration : IEntityTypeConfiguration<PlacementRound>
{
    public void Configure(EntityTypeBuilder<PlacementRound> b)
    {
        b.ToTable("PlacementRounds");
        b.HasIndex(x => x.CohortId);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.PublishedBy).HasMaxLength(256);
        b.HasOne(x => x.Cohort).WithMany().HasForeignKey(x => x.CohortId);
        b.HasMany(x => x.Participants).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Roles).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Rules).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Assignments).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Unplaced).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundParticipantConfiguration : IEntityTypeConfiguration<RoundParticipant>
{
    public void Configure(EntityTypeBuilder<RoundParticipant> b)
    {
        b.ToTable("PlacementRoundParticipants");
        b.HasIndex(x => new { x.RoundId, x.ParticipantId }).IsUnique();
        b.HasOne(x => x.Participant).WithMany().HasForeignKey(x => x.ParticipantId);
    }
}

internal sealed class RoundRoleConfiguration : IEntityTypeConfiguration<RoundRole>
{
    public void Configure(EntityTypeBuilder<RoundRole> b)
    {
        b.ToTable("PlacementRoundRoles");
        b.HasIndex(x => new { x.RoundId, x.RoleId }).IsUnique();
        b.Property(x => x.Period).HasMaxLength(40);
        b.HasOne(x => x.Role).WithMany().HasForeignKey(x => x.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundRuleConfiguration : IEntityTypeConfiguration<RoundRule>
{
    public void Configure(EntityTypeBuilder<RoundRule> b)
    {
        b.ToTable("PlacementRoundRules");
        b.HasIndex(x => new { x.RoundId, x.ParticipantId, x.RoleId }).IsUnique();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasOne<ProjectRole>().WithMany().HasForeignKey(x => x.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundAssignmentConfiguration : IEntityTypeConfiguration<RoundAssignment>
{
    public void Configure(EntityTypeBuilder<RoundAssignment> b)
    {
        b.ToTable("PlacementAssignments");
        b.HasIndex(x => new { x.RoundId, x.ParticipantId, x.RoleId }).IsUnique();
        b.Ignore(x => x.Value);
        b.HasOne(x => x.Participant).WithMany().HasForeignKey(x => x.ParticipantId);
        b.HasOne(x => x.Role).WithMany().HasForeignKey(x => x.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundUnplacedConfiguration : IEntityTypeConfiguration<RoundUnplaced>
{
    public void Configure(EntityTypeBuilder<RoundUnplaced> b)
    {
        b.ToTable("PlacementUnplaced");
        b.HasIndex(x => new { x.RoundId, x.ParticipantId }).IsUnique();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.HasOne(x => x.Participant).WithMany().HasForeignKey(x => x.ParticipantId);
        b.HasOne<ProjectRole>().WithMany().HasForeignKey(x => x.NearestRoleId).OnDelete(DeleteBehavior.SetNull);
    }
}

/// <summary>The published read models (Contracts) over the projects tables: views, nothing to write through.</summary>
internal sealed class ProjectRefConfiguration : IEntityTypeConfiguration<ProjectRef>
{
    public void Configure(EntityTypeBuilder<ProjectRef> b)
    {
        b.ToView("StrategicProjects");
        b.HasKey(x => x.Id);
        b.Property(x => x.Segment).HasConversion<string>();
        b.HasOne(x => x.LeadUnit).WithMany().HasForeignKey(x => x.LeadUnitId);
    }
}

internal sealed class ProjectMembershipRefConfiguration : IEntityTypeConfiguration<ProjectMembershipRef>
{
    public void Configure(EntityTypeBuilder<ProjectMembershipRef> b)
    {
        b.ToView("ProjectMemberships");
        b.HasKey(x => x.Id);
        b.HasOne(x => x.Project).WithMany().HasForeignKey(x => x.ProjectId);
    }
}
