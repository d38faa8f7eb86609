namespace TalentChain.Optimization.Mentoring;

/// <summary>The three mentor roles of 1+1+1 mentoring; written in lower case in the interchange format.</summary>
public enum MentoringRole
{
    Technical = 0,
    Career = 1,
    Peer = 2,
}

/// <summary>Places a mentor offers per role in one round.</summary>
public sealed record RoleCapacity(int Technical, int Career, int Peer)
{
    public int this[MentoringRole role] => role switch
    {
        MentoringRole.Technical => Technical,
        MentoringRole.Career => Career,
        MentoringRole.Peer => Peer,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}

/// <summary>A volunteer mentor: capacity per role and in total.</summary>
public sealed record MentoringMentor(string Id, RoleCapacity Capacity, int TotalCapacity);

/// <summary>An eligible (participant, mentor, role) triple with its integer score (≥ 0).</summary>
public sealed record MentoringCandidate(string Participant, string Mentor, MentoringRole Role, int Score);

/// <summary>
/// A matching round in the interchange format (docs/optimization/mentoring.md). Only eligible triples are listed;
/// participants are those named by candidates.
/// </summary>
public sealed record MentoringInstance(IReadOnlyList<MentoringMentor> Mentors, IReadOnlyList<MentoringCandidate> Candidates);

public sealed record MentoringAssignment(string Participant, string Mentor, MentoringRole Role);

/// <summary>
/// A solved round. <see cref="Bound"/> is an upper bound on (filled slots, total score), lexicographically;
/// <see cref="Optimal"/> is true only when the result is proven optimal.
/// </summary>
public sealed record MentoringResult(
    IReadOnlyList<MentoringAssignment> Assignments,
    int FilledSlots,
    long TotalScore,
    Objective Bound,
    bool Optimal)
{
    public Objective Value => new(FilledSlots, TotalScore);

    /// <summary>Branch-and-bound nodes the solver evaluated (0 when the relaxation or the repair settled it). Not part of the file format.</summary>
    public int SearchNodes { get; init; }

    /// <summary>Relative gap to the bound on the first differing component (0 when optimal).</summary>
    public double Gap => Objective.Gap(Value, Bound);
}
