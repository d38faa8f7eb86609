using Microsoft.EntityFrameworkCore;
using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Platform.Data;

public partial class TalentChainDbContext
{
    // Talent program
    public DbSet<DevelopmentProgram> DevelopmentPrograms => Set<DevelopmentProgram>();
    public DbSet<ProgramStage> ProgramStages => Set<ProgramStage>();
    public DbSet<GateCriterion> GateCriteria => Set<GateCriterion>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<ParticipantStage> ParticipantStages => Set<ParticipantStage>();
    public DbSet<GateEvidence> GateEvidence => Set<GateEvidence>();
    public DbSet<MentorAssignment> MentorAssignments => Set<MentorAssignment>();
    public DbSet<DevelopmentPlan> DevelopmentPlans => Set<DevelopmentPlan>();
    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();
    public DbSet<PlanGoal> PlanGoals => Set<PlanGoal>();
    public DbSet<PlanActivity> PlanActivities => Set<PlanActivity>();
    public DbSet<PlanChange> PlanChanges => Set<PlanChange>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewMentorInput> ReviewMentorInputs => Set<ReviewMentorInput>();
    public DbSet<ReviewSkillUpdate> ReviewSkillUpdates => Set<ReviewSkillUpdate>();
    public DbSet<TrainingLayer> TrainingLayers => Set<TrainingLayer>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseSkill> CourseSkills => Set<CourseSkill>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
}
