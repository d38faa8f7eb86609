namespace TalentChain.Optimization.Placement;

/// <summary>
/// Exact project placement: a lexicographic maximum (assignments, then total development value) over seats, one role per
/// participant per period and each participant's MaxRoles, honouring pins. It is a b-matching, hence a min-cost flow;
/// the result carries an LP dual certificate.
/// </summary>
public static class PlacementSolver
{
    /// <exception cref="InstanceFormatException">Duplicate or unknown ids, negative values or seats, pins that overbook.</exception>
    public static PlacementResult Solve(PlacementInstance instance, SolverOptions? options = null, IProgress<SolverProgress>? progress = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("Being implemented on the placement-solver branch (issue 15).");

    /// <summary>Checks the certificate against the instance and the result: dual feasibility, and dual objective = primal objective.</summary>
    public static bool VerifyCertificate(PlacementInstance instance, PlacementResult result, out string? problem) =>
        throw new NotImplementedException("Being implemented on the placement-solver branch (issue 15).");
}
