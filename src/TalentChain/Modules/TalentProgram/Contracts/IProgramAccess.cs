using System.Security.Claims;

using TalentChain.Modules.TalentProgram.Domain;

namespace TalentChain.Modules.TalentProgram.Contracts;

/// <summary>How the viewer relates to one participant.</summary>
public sealed record ParticipantRelation(bool Manager, bool Self, bool Mentor, bool LineManager, int? ViewerEmployeeId)
{
    public bool CanSee => Manager || Self || Mentor || LineManager;
    /// <summary>Edits the plan directly (participant edits are proposals).</summary>
    public bool CanEditPlan => Manager || LineManager;
    public bool CanProposePlan => Self || CanEditPlan;
}

/// <summary>The kinds of program record whose program decides who may act on it.</summary>
public enum ProgramScope { Program, Cohort, Participant, Review }

/// <summary>
/// The program's record-level rules, for the modules built on it (mentoring, rotations): who runs which program, and
/// how a viewer relates to a participant. Refusals are <see cref="TalentChain.Platform.Web.AccessDeniedException"/> (403).
/// </summary>
public interface IProgramAccess
{
    /// <summary>The employee record of the signed-in user (null for accounts without one).</summary>
    Task<int?> ViewerEmployeeIdAsync(ClaimsPrincipal user, CancellationToken ct = default);
    DateOnly Today { get; }
    /// <summary>Does the caller run this program? Administrators always; program managers when the program names them or no one.</summary>
    Task<bool> ManagesProgramAsync(ClaimsPrincipal user, int programId, CancellationToken ct = default);
    /// <summary>The program a record belongs to (null when the record does not exist).</summary>
    Task<int?> ProgramOfAsync(ProgramScope scope, int id, CancellationToken ct = default);
    /// <summary>Refuses (403) a program manager acting on a program someone else runs.</summary>
    Task RequireManagesAsync(ClaimsPrincipal user, ProgramScope scope, int id, CancellationToken ct = default);
    /// <summary>Cohort dashboards: executives and administrators see every cohort; program managers only the programs they run.</summary>
    Task RequireDashboardAsync(ClaimsPrincipal user, int cohortId, CancellationToken ct = default);
    Task<ParticipantRelation> RelationAsync(ClaimsPrincipal user, int participantId, CancellationToken ct = default);
    Task<ParticipantRelation> RequireSeeAsync(ClaimsPrincipal user, int participantId, CancellationToken ct = default);
}
