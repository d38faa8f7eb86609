using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Modules.TalentProgram.Contracts;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.TalentProgram;

/// <summary>The talent program's tables (their names are set in the entity configurations).</summary>
public static class TalentProgramTables
{
    extension(TalentChainDbContext db)
    {
        public DbSet<DevelopmentProgram> DevelopmentPrograms => db.Set<DevelopmentProgram>();
        public DbSet<Cohort> Cohorts => db.Set<Cohort>();
        public DbSet<Participant> Participants => db.Set<Participant>();
        public DbSet<MentorAssignment> MentorAssignments => db.Set<MentorAssignment>();
        public DbSet<ProgramStage> ProgramStages => db.Set<ProgramStage>();
        public DbSet<GateCriterion> GateCriteria => db.Set<GateCriterion>();
        public DbSet<ParticipantStage> ParticipantStages => db.Set<ParticipantStage>();
        public DbSet<GateEvidence> GateEvidence => db.Set<GateEvidence>();
        public DbSet<DevelopmentPlan> DevelopmentPlans => db.Set<DevelopmentPlan>();
        public DbSet<PlanVersion> PlanVersions => db.Set<PlanVersion>();
        public DbSet<PlanGoal> PlanGoals => db.Set<PlanGoal>();
        public DbSet<PlanActivity> PlanActivities => db.Set<PlanActivity>();
        public DbSet<PlanChange> PlanChanges => db.Set<PlanChange>();
        public DbSet<Review> Reviews => db.Set<Review>();
        public DbSet<ReviewMentorInput> ReviewMentorInputs => db.Set<ReviewMentorInput>();
        public DbSet<ReviewSkillUpdate> ReviewSkillUpdates => db.Set<ReviewSkillUpdate>();
        public DbSet<TrainingLayer> TrainingLayers => db.Set<TrainingLayer>();
        public DbSet<Course> Courses => db.Set<Course>();
        public DbSet<CourseSkill> CourseSkills => db.Set<CourseSkill>();
        public DbSet<TrainingSession> TrainingSessions => db.Set<TrainingSession>();
        public DbSet<Enrollment> Enrollments => db.Set<Enrollment>();
    }
}
