using TalentChain.Optimization.Placement;

namespace TalentChain.Optimization.Tests.Placement;

/// <summary>The verifier is the proof: it must refuse anything that is not a feasible result with a matching dual.</summary>
public class PlacementCertificateTests
{
    // Two roles in one period, a second period, a pin: every dual family is exercised.
    private static readonly PlacementInstance Round = new(
        [new("ann"), new("bo", MaxRoles: 2), new("cy"), new("dee")],
        [new("lead", 1, "spring"), new("analyst", 2, "spring"), new("tester", 1, "autumn")],
        [
            new("ann", "lead", 90), new("ann", "analyst", 40),
            new("bo", "lead", 60), new("bo", "analyst", 70), new("bo", "tester", 30),
            new("cy", "lead", 50, Pinned: true), new("cy", "tester", 80),
            new("dee", "analyst", 20), new("dee", "tester", 10),
        ]);

    private static PlacementResult Solved()
    {
        var result = PlacementSolver.Solve(Round);
        Assert.True(PlacementSolver.VerifyCertificate(Round, result, out var problem), problem);
        return result;
    }

    [Fact]
    public void Verify_SolvedRound_Passes()
    {
        var result = Solved();
        // lead is pinned to cy; analyst's two seats go to ann and bo, tester to bo (his second period): dee is left out.
        Assert.Equal(new Objective(4, 50 + 40 + 70 + 30), result.Value);
        Assert.Equal([new("ann", "analyst"), new("bo", "analyst"), new("bo", "tester"), new("cy", "lead")], result.Assignments);
        Assert.Contains(result.Assignments, a => a is { Participant: "cy", Role: "lead" });
    }

    [Fact]
    public void Verify_RoleDualLowered_RefusesTheCertificate()
    {
        var result = Solved();
        var certificate = result.Certificate!;
        var (role, dual) = certificate.RoleDuals.First(d => d.Value > 0);
        var tampered = certificate with { RoleDuals = new Dictionary<string, long>(certificate.RoleDuals) { [role] = dual - 1 } };
        Assert.False(PlacementSolver.VerifyCertificate(Round, result with { Certificate = tampered }, out var problem));
        Assert.Contains("dual", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ParticipantDualRaised_RefusesBecauseObjectivesDiffer()
    {
        var result = Solved();
        var certificate = result.Certificate!;
        var duals = new Dictionary<string, long>(certificate.ParticipantDuals);
        duals["bo"] += 1;
        Assert.False(PlacementSolver.VerifyCertificate(Round, result with { Certificate = certificate with { ParticipantDuals = duals } }, out var problem));
        Assert.Contains("differs from the result's weight", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_NegativeDual_IsRefused()
    {
        var result = Solved();
        var certificate = result.Certificate!;
        var key = certificate.PeriodDuals.Keys.First();
        var duals = new Dictionary<(string, string), long>(certificate.PeriodDuals) { [key] = -1 };
        Assert.False(PlacementSolver.VerifyCertificate(Round, result with { Certificate = certificate with { PeriodDuals = duals } }, out var problem));
        Assert.Contains("negative", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_CountWeightNotAboveTotalValue_IsRefusedAsNotLexicographic()
    {
        var result = Solved();
        var tampered = result.Certificate! with { CountWeight = 10 };
        Assert.False(PlacementSolver.VerifyCertificate(Round, result with { Certificate = tampered }, out var problem));
        Assert.Contains("not lexicographic", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SuboptimalResultWithTheOptimalCertificate_IsRefused()
    {
        var result = Solved();
        var fewer = result.Assignments.Where(a => a.Role != "tester").ToList();
        var value = new Objective(fewer.Count, result.Value.Score - 30);
        var suboptimal = result with { Assignments = fewer, Value = value, Bound = value };
        Assert.Empty(PlacementValidation.CheckResult(Round, suboptimal));
        Assert.False(PlacementSolver.VerifyCertificate(Round, suboptimal, out var problem));
        Assert.Contains("differs from the result's weight", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SwappedToALowerValuePair_IsRefused()
    {
        var result = Solved();
        // Feasible, same count, less value: dee takes the tester seat instead of bo.
        var swapped = result.Assignments.Select(a => a.Role == "tester" ? new PlacementAssignment("dee", "tester") : a).ToList();
        var value = new Objective(swapped.Count, result.Value.Score - 30 + 10);
        var candidate = result with { Assignments = swapped, Value = value, Bound = value };
        Assert.Empty(PlacementValidation.CheckResult(Round, candidate));
        Assert.False(PlacementSolver.VerifyCertificate(Round, candidate, out var problem));
        Assert.Contains("differs from the result's weight", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dee", "tester", "exceeds its 1 seats")]
    [InlineData("bo", "lead", "already has a role in period \"spring\"")]
    [InlineData("dee", "analyst", "exceeds its 2 seats")]
    [InlineData("cy", "analyst", "is not a candidate pair")]
    public void Verify_InfeasibleExtraAssignment_IsRefusedAsInfeasible(string participant, string role, string expected)
    {
        var result = Solved();
        var more = result.Assignments.Append(new PlacementAssignment(participant, role)).ToList();
        var tampered = result with { Assignments = more };
        Assert.False(PlacementSolver.VerifyCertificate(Round, tampered, out var problem));
        Assert.StartsWith("the result is infeasible", problem, StringComparison.Ordinal);
        Assert.Contains(expected, string.Join("; ", PlacementValidation.CheckResult(Round, tampered)), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_PinDropped_IsRefusedAsInfeasible()
    {
        var result = Solved();
        var withoutPin = result.Assignments.Where(a => a.Participant != "cy" || a.Role != "lead").ToList();
        var value = new Objective(withoutPin.Count, result.Value.Score - 50);
        Assert.False(PlacementSolver.VerifyCertificate(Round, result with { Assignments = withoutPin, Value = value, Bound = value }, out var problem));
        Assert.Contains("pinned pair (\"cy\", \"lead\")", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_NoCertificate_IsRefused()
    {
        var result = Solved() with { Certificate = null };
        Assert.False(PlacementSolver.VerifyCertificate(Round, result, out var problem));
        Assert.Equal("the result has no certificate", problem);
    }
}
