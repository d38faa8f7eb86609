using TalentChain.Optimization.Placement;

namespace TalentChain.Optimization.Tests.Placement;

public class PlacementValidationTests
{
    private static readonly PlacementParticipant[] People = [new("ann"), new("bo", MaxRoles: 2)];
    private static readonly PlacementRole[] Roles = [new("lead", 1, "spring"), new("analyst", 2, "spring"), new("tester", 1, "autumn")];

    public static TheoryData<string, PlacementInstance, string, string> Broken => new()
    {
        { "duplicate participant", new([new("ann"), new("ann")], Roles, []), "participants[1].id", "duplicate participant id \"ann\"" },
        { "empty participant id", new([new(" ")], Roles, []), "participants[0].id", "must not be empty" },
        { "negative MaxRoles", new([new("ann", MaxRoles: -1)], Roles, []), "participants[0].maxRoles", "must be ≥ 0 (is -1)" },
        { "duplicate role", new(People, [new("lead", 1, "spring"), new("lead", 1, "autumn")], []), "roles[1].id", "duplicate role id \"lead\"" },
        { "negative seats", new(People, [new("lead", -2, "spring")], []), "roles[0].seats", "must be ≥ 0 (is -2)" },
        { "empty period", new(People, [new("lead", 1, "")], []), "roles[0].period", "must not be empty" },
        { "unknown participant", new(People, Roles, [new("ann", "lead", 1), new("cy", "lead", 1)]), "candidates[1].participant", "unknown participant \"cy\"" },
        { "unknown role", new(People, Roles, [new("ann", "boss", 1)]), "candidates[0].role", "unknown role \"boss\"" },
        { "negative value", new(People, Roles, [new("ann", "lead", -5)]), "candidates[0].value", "must be ≥ 0 (is -5)" },
        { "duplicate pair", new(People, Roles, [new("ann", "lead", 1), new("bo", "lead", 1), new("ann", "lead", 2)]), "candidates[2]", "first given as candidates[0]" },
        {
            "pins overbook a role", new(People, Roles, [new("ann", "lead", 1, Pinned: true), new("bo", "lead", 1, Pinned: true)]),
            "candidates[1].pinned", "overbooks role \"lead\": 2 pinned participants, 1 seats"
        },
        {
            "pins overbook a period", new(People, Roles, [new("bo", "lead", 1, Pinned: true), new("bo", "analyst", 1, Pinned: true)]),
            "candidates[1].pinned", "overbooks period \"spring\""
        },
        {
            "pins overbook MaxRoles", new(People, Roles, [new("ann", "lead", 1, Pinned: true), new("ann", "tester", 1, Pinned: true)]),
            "candidates[1].pinned", "overbooks participant \"ann\": 2 pinned roles, MaxRoles 1"
        },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Solve_BrokenInstance_NamesTheLocationAndProblem(string rule, PlacementInstance instance, string location, string problem)
    {
        var e = Assert.Throws<InstanceFormatException>(() => PlacementSolver.Solve(instance));
        Assert.Equal(location, e.Location);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(rule));
    }

    [Fact]
    public void Solve_PinsThatFitExactly_AreAccepted()
    {
        var instance = new PlacementInstance(People, Roles,
            [new("ann", "lead", 1, Pinned: true), new("bo", "analyst", 1, Pinned: true), new("bo", "tester", 1, Pinned: true)]);
        var result = PlacementSolver.Solve(instance);
        Assert.Equal(3, result.Assignments.Count);
        Assert.True(PlacementSolver.VerifyCertificate(instance, result, out var problem), problem);
    }

    [Fact]
    public void Solve_ValuesTooLargeForLexicographicWeights_AreRefusedNotOverflowed()
    {
        var people = Enumerable.Range(0, 30_000).Select(i => new PlacementParticipant($"p{i}")).ToList();
        var candidates = people.Select(p => new PlacementCandidate(p.Id, "lead", int.MaxValue)).ToList();
        var e = Assert.Throws<InstanceFormatException>(() => PlacementSolver.Solve(new(people, [new("lead", 1, "t")], candidates)));
        Assert.Equal("candidates", e.Location);
        Assert.Contains("overflow", e.Problem, StringComparison.Ordinal);
    }
}
