using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Projects.Data;

/// <summary>The projects tables, as extension properties of the one DbContext.</summary>
public static class ProjectsTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<StrategicProject> StrategicProjects => db.Set<StrategicProject>();
        public DbSet<ProjectRole> ProjectRoles => db.Set<ProjectRole>();
        public DbSet<RoleSkill> ProjectRoleSkills => db.Set<RoleSkill>();
        public DbSet<ProjectMembership> ProjectMemberships => db.Set<ProjectMembership>();
        public DbSet<PlacementRound> PlacementRounds => db.Set<PlacementRound>();
        public DbSet<RoundParticipant> PlacementRoundParticipants => db.Set<RoundParticipant>();
        public DbSet<RoundRole> PlacementRoundRoles => db.Set<RoundRole>();
        public DbSet<RoundRule> PlacementRoundRules => db.Set<RoundRule>();
        public DbSet<RoundAssignment> PlacementAssignments => db.Set<RoundAssignment>();
        public DbSet<RoundUnplaced> PlacementUnplaced => db.Set<RoundUnplaced>();
    }
}
