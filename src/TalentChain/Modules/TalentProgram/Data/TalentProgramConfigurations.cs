using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Data;

internal sealed class DevelopmentProgramConfiguration : IEntityTypeConfiguration<DevelopmentProgram>
{
    public void Configure(EntityTypeBuilder<DevelopmentProgram> b)
    {
        b.ToTable("DevelopmentPrograms");
        b.Property(x => x.Name).HasMaxLength(DevelopmentProgram.MaxNameLength);
        b.Property(x => x.NameZh).HasMaxLength(DevelopmentProgram.MaxNameLength);
        b.Property(x => x.Goals).HasMaxLength(4000);
        b.PrimitiveCollection(x => x.EligibleTracks).ElementType().HasConversion<string>();
        b.PrimitiveCollection(x => x.EligibleSegments).ElementType().HasConversion<string>();
        b.Property(x => x.MinTitle).HasMaxLength(40);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Stages).WithOne().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Cohorts).WithOne(x => x.Program).HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProgramStageConfiguration : IEntityTypeConfiguration<ProgramStage>
{
    public void Configure(EntityTypeBuilder<ProgramStage> b)
    {
        b.ToTable("ProgramStages");
        b.HasIndex(x => new { x.ProgramId, x.Order }).IsUnique();
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Criteria).WithOne().HasForeignKey(x => x.StageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GateCriterionConfiguration : IEntityTypeConfiguration<GateCriterion>
{
    public void Configure(EntityTypeBuilder<GateCriterion> b)
    {
        b.ToTable("GateCriteria");
        b.Property(x => x.Text).HasMaxLength(500);
        b.Property(x => x.TextZh).HasMaxLength(500);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.SignOffRole).HasMaxLength(20);
    }
}

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> b)
    {
        b.ToTable("Cohorts");
        b.HasIndex(x => new { x.ProgramId, x.IntakeYear }).IsUnique();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Participants).WithOne(x => x.Cohort).HasForeignKey(x => x.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.ToTable("Participants");
        b.HasIndex(x => new { x.CohortId, x.EmployeeId }).IsUnique();
        b.HasIndex(x => x.EmployeeId);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.NominationReason).HasMaxLength(1000);
        b.Property(x => x.NominatedBy).HasMaxLength(256);
        b.Property(x => x.DecisionNote).HasMaxLength(1000);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
        b.HasMany(x => x.Stages).WithOne().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Mentors).WithOne(x => x.Participant).HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsActive);
    }
}

internal sealed class ParticipantStageConfiguration : IEntityTypeConfiguration<ParticipantStage>
{
    public void Configure(EntityTypeBuilder<ParticipantStage> b)
    {
        b.ToTable("ParticipantStages");
        b.HasIndex(x => new { x.ParticipantId, x.Sequence }).IsUnique();
        b.Property(x => x.OverrideReason).HasMaxLength(1000);
        b.Property(x => x.EndedBy).HasMaxLength(256);
        b.HasOne(x => x.ProgramStage).WithMany().HasForeignKey(x => x.ProgramStageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.HostOrgUnit).WithMany().HasForeignKey(x => x.HostOrgUnitId);
        b.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.ParticipantStageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GateEvidenceConfiguration : IEntityTypeConfiguration<GateEvidence>
{
    public void Configure(EntityTypeBuilder<GateEvidence> b)
    {
        b.ToTable("GateEvidence");
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.Property(x => x.SignedAs).HasMaxLength(20);
        b.HasOne(x => x.GateCriterion).WithMany().HasForeignKey(x => x.GateCriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MentorAssignmentConfiguration : IEntityTypeConfiguration<MentorAssignment>
{
    public void Configure(EntityTypeBuilder<MentorAssignment> b)
    {
        b.ToTable("MentorAssignments");
        b.HasIndex(x => x.MentorEmployeeId);
        b.Property(x => x.Role).HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Mentor).WithMany().HasForeignKey(x => x.MentorEmployeeId);
        b.Property(x => x.EndReason).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.EndNote).HasMaxLength(1000);
    }
}

internal sealed class DevelopmentPlanConfiguration : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> b)
    {
        b.ToTable("DevelopmentPlans");
        b.HasIndex(x => x.ParticipantId).IsUnique();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Participant).WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Versions).WithOne(x => x.Plan).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> b)
    {
        b.ToTable("PlanVersions");
        b.HasIndex(x => new { x.PlanId, x.Number }).IsUnique();
        b.Property(x => x.CloseReason).HasMaxLength(1000);
        b.HasMany(x => x.Goals).WithOne().HasForeignKey(x => x.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Activities).WithOne().HasForeignKey(x => x.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsOpen);
    }
}

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> b)
    {
        b.ToTable("PlanGoals");
        b.HasIndex(x => new { x.PlanVersionId, x.Key }).IsUnique();
        b.Property(x => x.Outcome).HasMaxLength(1000);
        b.HasOne(x => x.TaxonomyNode).WithMany().HasForeignKey(x => x.TaxonomyNodeId);
    }
}

internal sealed class PlanActivityConfiguration : IEntityTypeConfiguration<PlanActivity>
{
    public void Configure(EntityTypeBuilder<PlanActivity> b)
    {
        b.ToTable("PlanActivities");
        b.HasIndex(x => new { x.PlanVersionId, x.Key }).IsUnique();
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(300);
        b.HasOne(x => x.Course).WithMany().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PlanChangeConfiguration : IEntityTypeConfiguration<PlanChange>
{
    public void Configure(EntityTypeBuilder<PlanChange> b)
    {
        b.ToTable("PlanChanges");
        b.HasIndex(x => new { x.PlanVersionId, x.ItemKey });
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Summary).HasMaxLength(1000);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.ChangedBy).HasMaxLength(256);
        b.HasOne<PlanVersion>().WithMany().HasForeignKey(x => x.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> b)
    {
        b.ToTable("Reviews");
        b.HasIndex(x => new { x.ParticipantId, x.Sequence }).IsUnique();
        b.HasIndex(x => new { x.CompletedOn, x.DueDate });
        b.Property(x => x.SelfAssessment).HasMaxLength(4000);
        b.Property(x => x.Decision).HasMaxLength(20);
        b.Property(x => x.DecisionNote).HasMaxLength(4000);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Participant).WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.MentorInputs).WithOne().HasForeignKey(x => x.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.SkillUpdates).WithOne().HasForeignKey(x => x.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsCompleted);
    }
}

internal sealed class ReviewMentorInputConfiguration : IEntityTypeConfiguration<ReviewMentorInput>
{
    public void Configure(EntityTypeBuilder<ReviewMentorInput> b)
    {
        b.ToTable("ReviewMentorInputs");
        b.HasIndex(x => new { x.ReviewId, x.MentorEmployeeId, x.Role }).IsUnique();
        b.Property(x => x.Role).HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(4000);
        b.HasOne(x => x.Mentor).WithMany().HasForeignKey(x => x.MentorEmployeeId);
    }
}

internal sealed class ReviewSkillUpdateConfiguration : IEntityTypeConfiguration<ReviewSkillUpdate>
{
    public void Configure(EntityTypeBuilder<ReviewSkillUpdate> b)
    {
        b.ToTable("ReviewSkillUpdates");
        b.Property(x => x.Evidence).HasMaxLength(1000);
        b.HasOne(x => x.TaxonomyNode).WithMany().HasForeignKey(x => x.TaxonomyNodeId);
    }
}

internal sealed class TrainingLayerConfiguration : IEntityTypeConfiguration<TrainingLayer>
{
    public void Configure(EntityTypeBuilder<TrainingLayer> b)
    {
        b.ToTable("TrainingLayers");
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.NameZh).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> b)
    {
        b.ToTable("Courses");
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.NameZh).HasMaxLength(300);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.Hours).HasPrecision(7, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Layer).WithMany().HasForeignKey(x => x.LayerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Skills).WithOne().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CourseSkillConfiguration : IEntityTypeConfiguration<CourseSkill>
{
    public void Configure(EntityTypeBuilder<CourseSkill> b)
    {
        b.ToTable("CourseSkills");
        b.HasIndex(x => new { x.CourseId, x.TaxonomyNodeId }).IsUnique();
        b.HasOne(x => x.TaxonomyNode).WithMany().HasForeignKey(x => x.TaxonomyNodeId);
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> b)
    {
        b.ToTable("TrainingSessions");
        b.HasIndex(x => new { x.CourseId, x.StartsAt });
        b.Property(x => x.Place).HasMaxLength(200);
        b.Property(x => x.ExternalLecturer).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Course).WithMany().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Lecturer).WithMany().HasForeignKey(x => x.LecturerEmployeeId);
        b.HasMany(x => x.Enrollments).WithOne(x => x.Session).HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> b)
    {
        b.ToTable("Enrollments");
        b.HasIndex(x => new { x.SessionId, x.EmployeeId }).IsUnique();
        b.HasIndex(x => x.EmployeeId);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
    }
}
