namespace TalentChain.Optimization.Rotations;

/// <summary>
/// 1+5+N rotation scheduling with a certified upper bound (docs/optimization/rotations.md): Lagrangian relaxation of
/// the (unit, period) capacities with exact single-participant subproblems for the bound; Lagrangian-guided greedy,
/// re-optimisation and ejection moves for the schedule; exhaustive branch-and-bound for small instances.
/// </summary>
public static class RotationSolver
{
    /// <summary>
    /// Solves <paramref name="instance"/>. Deterministic for a given <see cref="SolverOptions.Seed"/> when the time limit
    /// is not reached; thread-safe (all state is per call).
    /// </summary>
    /// <exception cref="InstanceFormatException">The instance is inconsistent.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; nothing is returned.</exception>
    public static RotationResult Solve(
        RotationInstance instance,
        SolverOptions? options = null,
        IProgress<SolverProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Solve(instance, options, progress, exhaustive: true, cancellationToken);

    /// <summary>As the public overload;
    /// <paramref name="exhaustive"/> = false skips the small-instance branch-and-bound (tests of the Lagrangian bound).</summary>
    internal static RotationResult Solve(RotationInstance instance, SolverOptions? options, IProgress<SolverProgress>? progress, bool exhaustive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        RotationValidation.Validate(instance);
        cancellationToken.ThrowIfCancellationRequested();
        return new RotationRun(new RotationProblem(instance), options ?? SolverOptions.Default, progress, cancellationToken, exhaustive).Execute();
    }
}
