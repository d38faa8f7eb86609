using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.TalentProgram.Contracts;

namespace TalentChain.Modules.TalentProgram.Data;

// The program's published read models (Contracts/ProgramReadModels.cs) map onto the program's own tables as views
// (ADR 0043): same columns, no migrations and no constraints of their own, nothing to write through.

internal sealed class ProgramRefConfiguration : IEntityTypeConfiguration<ProgramRef>
{
    public void Configure(EntityTypeBuilder<ProgramRef> b)
    {
        b.ToView("DevelopmentPrograms");
        b.HasKey(x => x.Id);
        b.PrimitiveCollection(x => x.EligibleTracks).ElementType().HasConversion<string>();
        b.PrimitiveCollection(x => x.EligibleSegments).ElementType().HasConversion<string>();
    }
}

internal sealed class CohortRefConfiguration : IEntityTypeConfiguration<CohortRef>
{
    public void Configure(EntityTypeBuilder<CohortRef> b)
    {
        b.ToView("Cohorts");
        b.HasKey(x => x.Id);
        b.HasOne(x => x.Program).WithMany().HasForeignKey(x => x.ProgramId);
        b.HasMany(x => x.Participants).WithOne(x => x.Cohort).HasForeignKey(x => x.CohortId);
        b.Navigation(x => x.Participants).HasField("participants");
    }
}

internal sealed class ParticipantRefConfiguration : IEntityTypeConfiguration<ParticipantRef>
{
    public void Configure(EntityTypeBuilder<ParticipantRef> b)
    {
        b.ToView("Participants");
        b.HasKey(x => x.Id);
        b.HasOne(x => x.Employee).WithMany().HasForeignKey(x => x.EmployeeId);
        b.HasMany(x => x.Mentors).WithOne(x => x.Participant).HasForeignKey(x => x.ParticipantId);
        b.Navigation(x => x.Mentors).HasField("mentors");
        b.Ignore(x => x.IsActive);
    }
}

internal sealed class MentorAssignmentRefConfiguration : IEntityTypeConfiguration<MentorAssignmentRef>
{
    public void Configure(EntityTypeBuilder<MentorAssignmentRef> b)
    {
        b.ToView("MentorAssignments");
        b.HasKey(x => x.Id);
        b.HasOne(x => x.Mentor).WithMany().HasForeignKey(x => x.MentorEmployeeId);
    }
}

internal sealed class CourseRefConfiguration : IEntityTypeConfiguration<CourseRef>
{
    public void Configure(EntityTypeBuilder<CourseRef> b)
    {
        b.ToView("Courses");
        b.HasKey(x => x.Id);
    }
}

internal sealed class TrainingSessionRefConfiguration : IEntityTypeConfiguration<TrainingSessionRef>
{
    public void Configure(EntityTypeBuilder<TrainingSessionRef> b)
    {
        b.ToView("TrainingSessions");
        b.HasKey(x => x.Id);
        b.HasOne(x => x.Course).WithMany().HasForeignKey(x => x.CourseId);
    }
}
