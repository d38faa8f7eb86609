namespace TalentChain.Optimization.Placement;

// Project placement (issue 15): participants of a development program onto the open roles of strategic projects.
// The module (src/TalentChain/Modules/Projects) decides who is a candidate for what (minimum competence, forbids) and
// what a pair is worth (development value, broken down by criterion); the solver only sees integer values.

/// <summary>An open project role in a placement round: its seats, and the period it occupies (a participant takes at most one role per period).</summary>
public sealed record PlacementRole(string Id, int Seats, string Period);

/// <summary>A participant of the round; <see cref="MaxRoles"/> caps their roles over all periods (at most one per period regardless).</summary>
public sealed record PlacementParticipant(string Id, int MaxRoles = 1);

/// <summary>
/// An eligible (participant, role) pair with its development value (an integer ≥ 0). <see cref="Pinned"/>: the program
/// manager fixed it — every solution contains it (the instance is infeasible if pins overbook a seat, a period or MaxRoles).
/// </summary>
public sealed record PlacementCandidate(string Participant, string Role, int Value, bool Pinned = false);

/// <summary>A placement round: only eligible pairs are listed (forbidden or incompetent pairs are simply absent).</summary>
public sealed record PlacementInstance(IReadOnlyList<PlacementParticipant> Participants, IReadOnlyList<PlacementRole> Roles, IReadOnlyList<PlacementCandidate> Candidates);

public sealed record PlacementAssignment(string Participant, string Role);

/// <summary>Why a participant got no role.</summary>
public enum UnplacedReason
{
    /// <summary>No eligible pair at all (no role they meet the minimum competence of, or every one forbidden).</summary>
    NoCandidates = 1,
    /// <summary>Every role they are eligible for is filled in the optimum by others whose placement counts at least as much.</summary>
    SeatsTaken = 2,
}

public sealed record UnplacedParticipant(string Participant, UnplacedReason Reason, IReadOnlyList<string> CandidateRoles);

/// <summary>
/// An LP dual solution proving the result optimal, checkable without the solver: a value per participant, per
/// (participant, period) and per role, all ≥ 0, such that for every non-pinned candidate
/// participant + participantPeriod + role ≥ weight(pair), and whose dual objective equals the primal (see
/// <see cref="PlacementSolver.VerifyCertificate"/>). Weights are lexicographic: <c>Weight = CountWeight + Value</c>.
/// </summary>
public sealed record PlacementCertificate(
    long CountWeight,
    IReadOnlyDictionary<string, long> ParticipantDuals,
    IReadOnlyDictionary<(string Participant, string Period), long> PeriodDuals,
    IReadOnlyDictionary<string, long> RoleDuals);

/// <summary>
/// A solved round: the assignments, the lexicographic objective (assignments, total value), and whether it is proven
/// optimal (always, unless cancelled) with its certificate.
/// </summary>
public sealed record PlacementResult(
    IReadOnlyList<PlacementAssignment> Assignments,
    IReadOnlyList<UnplacedParticipant> Unplaced,
    Objective Value,
    Objective Bound,
    bool Optimal,
    PlacementCertificate? Certificate)
{
    public double Gap => Objective.Gap(Value, Bound);
}
