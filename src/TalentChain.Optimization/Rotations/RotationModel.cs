namespace TalentChain.Optimization.Rotations;

/// <summary>A host unit: its industrial-chain segment and its places per period (<c>Capacity[t]</c> = period t+1).</summary>
public sealed record HostUnit(string Id, string Segment, IReadOnlyList<int> Capacity);

/// <summary>
/// A participant to schedule: home unit (never a host), first period (1-based) and a score per host unit; a unit missing
/// from <see cref="Preferences"/> scores 0 but is allowed.
/// </summary>
public sealed record RotationParticipant(string Id, string HomeUnit, int StartPeriod, IReadOnlyDictionary<string, int> Preferences);

/// <summary>A rotation-scheduling instance in the interchange format (docs/optimization/rotations.md).</summary>
public sealed record RotationInstance(
    int Periods,
    int RotationsPerParticipant,
    int MinSegments,
    IReadOnlyList<HostUnit> HostUnits,
    IReadOnlyList<RotationParticipant> Participants);

/// <summary>One rotation: a (1-based) period in a host unit.</summary>
public sealed record Rotation(int Period, string HostUnit);

public sealed record RotationPlan(string Participant, IReadOnlyList<Rotation> Rotations);

/// <summary>Why a participant could not be placed (stable codes; the UI localises them, the file carries English text).</summary>
public enum UnplacedReason
{
    /// <summary>The rotations do not fit between the start period and the last period.</summary>
    HorizonTooShort = 1,
    /// <summary>Fewer host units than rotations once the home unit is excluded.</summary>
    TooFewHostUnits = 2,
    /// <summary>The units open to the participant span fewer segments than required.</summary>
    TooFewSegments = 3,
    /// <summary>A plan exists in principle but the places it needs are taken (capacity exhausted in the window).</summary>
    NoCapacity = 4,
    /// <summary>Placing this participant would displace more placed participants than it adds (lexicographic objective).</summary>
    Outcompeted = 5,
}

/// <summary>A participant left out, with a stable code and an English explanation naming periods, units or segments.</summary>
public sealed record UnplacedParticipant(string Participant, UnplacedReason Code, string Reason);

/// <summary>
/// A solved schedule. <see cref="Bound"/> is a certified upper bound on (placed, total score), lexicographically;
/// <see cref="Gap"/> is the relative gap on the first differing component.
/// </summary>
public sealed record RotationResult(
    IReadOnlyList<RotationPlan> Plans,
    IReadOnlyList<UnplacedParticipant> Unplaced,
    int Placed,
    long TotalScore,
    Objective Bound,
    bool Optimal)
{
    public Objective Value => new(Placed, TotalScore);

    public double Gap => Objective.Gap(Value, Bound);
}
