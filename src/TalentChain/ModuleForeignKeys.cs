using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TalentChain.Modules.Careers.Domain;
using TalentChain.Modules.Education.Domain;
using TalentChain.Modules.Knowledge.Domain;
using TalentChain.Modules.Mentoring.Domain;
using TalentChain.Modules.People.Domain;
using TalentChain.Modules.Projects.Domain;
using TalentChain.Modules.Rotations.Domain;
using TalentChain.Modules.TalentProgram.Domain;
using TalentChain.Platform.Data;

namespace TalentChain;

/// <summary>
/// The database's foreign keys between modules' tables, with their delete rules (ADR 0043). A module navigates only to
/// another module's published read model (mapped as a view, so EF derives no constraint from it) and its configurations
/// name no other module's entity; the constraints that keep the tables consistent are declared here, in the
/// composition root, which alone knows every module. Adding a module that points at another module's rows adds its
/// lines here.
/// </summary>
internal sealed class ModuleForeignKeys : IModelConfiguration
{
    public void Configure(ModelBuilder builder)
    {
        // The talent program → People.
        References<Employee, Participant>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<OrgUnit, ParticipantStage>(builder, x => x.HostOrgUnitId, DeleteBehavior.ClientSetNull);
        References<Employee, MentorAssignment>(builder, x => x.MentorEmployeeId, DeleteBehavior.Restrict);
        References<TaxonomyNode, PlanGoal>(builder, x => x.TaxonomyNodeId, DeleteBehavior.Restrict);
        References<Employee, ReviewMentorInput>(builder, x => x.MentorEmployeeId, DeleteBehavior.Restrict);
        References<TaxonomyNode, ReviewSkillUpdate>(builder, x => x.TaxonomyNodeId, DeleteBehavior.Restrict);
        References<TaxonomyNode, CourseSkill>(builder, x => x.TaxonomyNodeId, DeleteBehavior.Restrict);
        References<Employee, TrainingSession>(builder, x => x.LecturerEmployeeId, DeleteBehavior.SetNull);
        References<Employee, Enrollment>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);

        // Knowledge → People.
        References<TaxonomyNode, CriticalTechnology>(builder, x => x.TaxonomyNodeId, DeleteBehavior.Restrict);
        References<Employee, CriticalTechnology>(builder, x => x.OwnerEmployeeId, DeleteBehavior.SetNull);
        References<Employee, CoverageHolder>(builder, x => x.EmployeeId, DeleteBehavior.Cascade);
        References<Employee, PersonAssessment>(builder, x => x.EmployeeId, DeleteBehavior.Cascade);
        References<OrgUnit, SuccessionPlan>(builder, x => x.OrgUnitId, DeleteBehavior.Restrict);
        References<Employee, SuccessionPlan>(builder, x => x.IncumbentEmployeeId, DeleteBehavior.SetNull);
        References<Employee, Successor>(builder, x => x.EmployeeId, DeleteBehavior.Cascade);
        References<Employee, Departure>(builder, x => x.EmployeeId, DeleteBehavior.Cascade);
        References<Employee, HandoverItem>(builder, x => x.ToEmployeeId, DeleteBehavior.SetNull);
        References<Employee, Modules.Knowledge.Domain.AccessGrant>(builder, x => x.EmployeeId, DeleteBehavior.Cascade);

        // Mentoring → the talent program and People; the program's mentor assignments → the round that made them.
        References<DevelopmentProgram, MentoringRules>(builder, x => x.ProgramId, DeleteBehavior.Cascade);
        References<Cohort, MentoringRound>(builder, x => x.CohortId, DeleteBehavior.Cascade);
        References<Participant, MentoringRoundParticipant>(builder, x => x.ParticipantId, DeleteBehavior.Cascade);
        References<TaxonomyNode, MentoringRoundParticipant>(builder, x => x.FocusSkillId, DeleteBehavior.SetNull);
        References<Employee, MentoringVolunteer>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<Participant, MentoringPairRule>(builder, x => x.ParticipantId, DeleteBehavior.Cascade);
        References<Employee, MentoringPairRule>(builder, x => x.MentorEmployeeId, DeleteBehavior.Restrict);
        References<Participant, MentoringWaitlistEntry>(builder, x => x.ParticipantId, DeleteBehavior.Cascade);
        References<MentorAssignment, MentoringMeeting>(builder, x => x.MentorAssignmentId, DeleteBehavior.Cascade);
        References<MentoringRound, MentorAssignment>(builder, x => x.RoundId, DeleteBehavior.SetNull);

        // Rotations → the talent program and People.
        References<Cohort, CohortRotationPlan>(builder, x => x.CohortId, DeleteBehavior.Cascade);
        References<OrgUnit, RotationOffer>(builder, x => x.OrgUnitId, DeleteBehavior.Restrict);
        References<Participant, RotationMember>(builder, x => x.ParticipantId, DeleteBehavior.Cascade);
        References<OrgUnit, RotationPreference>(builder, x => x.OrgUnitId, DeleteBehavior.Cascade);
        References<Participant, RotationProposalItem>(builder, x => x.ParticipantId, DeleteBehavior.Cascade);
        References<OrgUnit, RotationProposalItem>(builder, x => x.OrgUnitId, DeleteBehavior.Restrict);
        References<Participant, RotationUnplaced>(builder, x => x.ParticipantId, DeleteBehavior.Cascade);
        References<Participant, RotationPlacement>(builder, x => x.ParticipantId, DeleteBehavior.Cascade);
        References<OrgUnit, RotationPlacement>(builder, x => x.OrgUnitId, DeleteBehavior.Restrict);

        // Careers → People and the talent program.
        References<Employee, CommitteeMember>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<OrgUnit, HeadcountPlan>(builder, x => x.OrgUnitId, DeleteBehavior.Restrict);
        References<Participant, HeadcountReservation>(builder, x => x.ParticipantId, DeleteBehavior.Cascade);
        References<Employee, Appointment>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<OrgUnit, Appointment>(builder, x => x.OrgUnitId, DeleteBehavior.Restrict);
        References<Employee, TitleApplication>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        // Education → People and Knowledge.
        References<Employee, Degree>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<Employee, TuitionClaim>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<Employee, ClawbackCase>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<Departure, ClawbackCase>(builder, x => x.DepartureId, DeleteBehavior.Restrict);
        // Labs → People and TalentProgram (the course that grants a qualification).
        References<Employee, Modules.Labs.Domain.LabManager>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<Employee, Modules.Labs.Domain.QualificationRecord>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<Employee, Modules.Labs.Domain.AccessGrant>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<Employee, Modules.Labs.Domain.BadgeNumber>(builder, x => x.EmployeeId, DeleteBehavior.Cascade);
        References<Employee, Modules.Labs.Domain.BadgeEntry>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<Course, Modules.Labs.Domain.QualificationCourse>(builder, x => x.CourseId, DeleteBehavior.Cascade);
        // Projects → People and the talent program.
        References<OrgUnit, StrategicProject>(builder, x => x.LeadUnitId, DeleteBehavior.Restrict);
        References<Employee, StrategicProject>(builder, x => x.SponsorEmployeeId, DeleteBehavior.Restrict);
        References<TaxonomyNode, RoleSkill>(builder, x => x.TaxonomyNodeId, DeleteBehavior.Restrict);
        References<Employee, ProjectMembership>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<Cohort, PlacementRound>(builder, x => x.CohortId, DeleteBehavior.Cascade);
        References<Participant, RoundParticipant>(builder, x => x.ParticipantId, DeleteBehavior.Cascade);
        References<Participant, RoundAssignment>(builder, x => x.ParticipantId, DeleteBehavior.Cascade);
        References<Participant, RoundUnplaced>(builder, x => x.ParticipantId, DeleteBehavior.Cascade);
        // Exports' technology-export checks → People (the requester, the technology's taxonomy nodes).
        References<Employee, Modules.Exports.Domain.TechnologyExportCheck>(builder, x => x.RequestedByEmployeeId, DeleteBehavior.Restrict);
        References<TaxonomyNode, Modules.Exports.Domain.TechnologyCheckNode>(builder, x => x.TaxonomyNodeId, DeleteBehavior.Restrict);
        References<TaxonomyNode, Modules.Exports.Domain.TechnologyCatalogueNode>(builder, x => x.TaxonomyNodeId, DeleteBehavior.Restrict);
        // Commercialization (core) → People.
        References<Employee, Modules.Commercialization.Domain.DisclosureInventor>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<TaxonomyNode, Modules.Commercialization.Domain.DisclosureTechnology>(builder, x => x.TaxonomyNodeId, DeleteBehavior.Restrict);
        References<Employee, Modules.Commercialization.Domain.EvaluationMember>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        References<Employee, Modules.Commercialization.Domain.LegalRequest>(builder, x => x.RequestedByEmployeeId, DeleteBehavior.Restrict);
        References<Employee, Modules.Commercialization.Domain.LegalRequest>(builder, x => x.CounselEmployeeId, DeleteBehavior.Restrict);
        References<Employee, Modules.Commercialization.Domain.PatentFamily>(builder, x => x.OwnerEmployeeId, DeleteBehavior.Restrict);
        References<Employee, Modules.Commercialization.Domain.IpDeadline>(builder, x => x.OwnerEmployeeId, DeleteBehavior.Restrict);
        References<Employee, Modules.Commercialization.Domain.SharingSession>(builder, x => x.SpeakerEmployeeId, DeleteBehavior.Restrict);
        References<Employee, Modules.Commercialization.Domain.SessionAttendee>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
        // Commercialization (deals: go-to-market, rewards) → People.
        References<Employee, Modules.Commercialization.Domain.ConversionProject>(builder, x => x.BusinessOwnerId, DeleteBehavior.Restrict);
        References<Employee, Modules.Commercialization.Domain.ProjectMilestone>(builder, x => x.OwnerId, DeleteBehavior.Restrict);
        References<Employee, Modules.Commercialization.Domain.RewardPayout>(builder, x => x.EmployeeId, DeleteBehavior.Restrict);
    }

    private static ReferenceCollectionBuilder<TPrincipal, TDependent> References<TPrincipal, TDependent>(
        ModelBuilder builder, System.Linq.Expressions.Expression<Func<TDependent, object?>> key, DeleteBehavior onDelete)
        where TPrincipal : class where TDependent : class =>
        builder.Entity<TDependent>().HasOne<TPrincipal>().WithMany().HasForeignKey(key).OnDelete(onDelete);
}
