namespace TalentChain.Optimization;

/// <summary>Limits for a solve. Defaults suit an interactive round: exact when it can be, bounded time otherwise.</summary>
public sealed record SolverOptions
{
    /// <summary>Stop searching after this long and return the best solution with its certified bound (null = no limit).</summary>
    public TimeSpan? TimeLimit { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Relative gap at which a large instance may stop without proof of optimality (0.001 = 0.1 %). The gap is measured
    /// on the first objective component that differs from the bound (see docs/optimization/).
    /// </summary>
    public double GapTolerance { get; init; } = 0.001;

    /// <summary>Deterministic seed for any randomised part (local search, tie-breaking).</summary>
    public int Seed { get; init; } = 1;

    public static SolverOptions Default { get; } = new();
}

/// <summary>A progress report from a running solver: the phase, how far it is (0–1 when known), best and bound so far.</summary>
/// <param name="Phase">Stable phase key: "validate", "relaxation", "repair", "branch-and-bound", "lagrangian", "local-search", "done".</param>
/// <param name="Fraction">Progress of the phase (0–1), when the solver can tell.</param>
/// <param name="Best">Best feasible objective so far as (count, score): filled slots or placed participants, then total score.</param>
/// <param name="Bound">Best proven upper bound so far, same components.</param>
public sealed record SolverProgress(string Phase, double? Fraction, Objective? Best, Objective? Bound);

/// <summary>
/// A lexicographic objective: first <see cref="Count"/> (filled slots / placed participants), then <see cref="Score"/>.
/// </summary>
public readonly record struct Objective(long Count, long Score) : IComparable<Objective>
{
    public int CompareTo(Objective other) => Count != other.Count ? Count.CompareTo(other.Count) : Score.CompareTo(other.Score);

    public static bool operator <(Objective a, Objective b) => a.CompareTo(b) < 0;
    public static bool operator >(Objective a, Objective b) => a.CompareTo(b) > 0;
    public static bool operator <=(Objective a, Objective b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Objective a, Objective b) => a.CompareTo(b) >= 0;

    /// <summary>
    /// Relative gap between a solution and a bound on the first component that differs: (bound − value) / bound,
    /// 0 when equal. Counts are compared first; only when they are equal does the score gap count.
    /// </summary>
    public static double Gap(Objective value, Objective bound)
    {
        if (bound.Count != value.Count) return bound.Count <= 0 ? 0 : (double)(bound.Count - value.Count) / bound.Count;
        if (bound.Score == value.Score) return 0;
        return bound.Score <= 0 ? 0 : (double)(bound.Score - value.Score) / bound.Score;
    }
}

/// <summary>
/// An instance file that is malformed or inconsistent. <see cref="Location"/> names the offending entry as a JSON path
/// (e.g. <c>candidates[3].mentor</c>); the message says what is wrong with it.
/// </summary>
public sealed class InstanceFormatException(string location, string message)
    : Exception(string.IsNullOrEmpty(location) ? message : $"{location}: {message}")
{
    public string Location { get; } = location;
    public string Problem { get; } = message;
}
