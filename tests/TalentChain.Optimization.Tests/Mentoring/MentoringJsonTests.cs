using TalentChain.Optimization.Mentoring;

namespace TalentChain.Optimization.Tests.Mentoring;

public class MentoringJsonTests
{
    private const string IssueInstance = """
        { "mentors": [ { "id": "M1", "capacity": { "technical": 2, "career": 1, "peer": 0 }, "totalCapacity": 2 } ],
          "candidates": [ { "participant": "P1", "mentor": "M1", "role": "technical", "score": 37 } ] }
        """;

    private const string IssueResult = """
        { "assignments": [ { "participant": "P1", "mentor": "M1", "role": "technical" } ],
          "filledSlots": 1, "totalScore": 37, "bound": { "filledSlots": 1, "totalScore": 37 }, "optimal": true }
        """;

    [Fact]
    public void ReadInstance_IssueExample_RoundTripsAndSolvesToIssueResult()
    {
        var instance = MentoringJson.ReadInstance(IssueInstance);
        var mentor = Assert.Single(instance.Mentors);
        Assert.Equal(new MentoringMentor("M1", new RoleCapacity(2, 1, 0), 2), mentor);
        Assert.Equal(new MentoringCandidate("P1", "M1", MentoringRole.Technical, 37), Assert.Single(instance.Candidates));

        var again = MentoringJson.ReadInstance(MentoringJson.WriteInstance(instance));
        Assert.Equal(instance.Mentors, again.Mentors);
        Assert.Equal(instance.Candidates, again.Candidates);

        var result = MentoringSolver.Solve(instance);
        var expected = MentoringJson.ReadResult(IssueResult);
        Assert.Equal(expected.Assignments, result.Assignments);
        Assert.Equal(expected.Value, result.Value);
        Assert.Equal(expected.Bound, result.Bound);
        Assert.Equal(expected.Optimal, result.Optimal);
        Assert.Equal(Normalize(IssueResult), Normalize(MentoringJson.WriteResult(result)));
    }

    [Fact]
    public void WriteResult_AnyResult_UsesInterchangeNamesAndLowerCaseRoles()
    {
        var json = MentoringJson.WriteResult(new MentoringResult(
            [new MentoringAssignment("P1", "M1", MentoringRole.Career)], 1, 5, new Objective(2, 9), false));
        Assert.Equal(
            """{"assignments":[{"participant":"P1","mentor":"M1","role":"career"}],"filledSlots":1,"totalScore":5,"bound":{"filledSlots":2,"totalScore":9},"optimal":false}""",
            Normalize(json));
    }

    public static TheoryData<string, string, string> BadInstances() => new()
    {
        { """{ "mentors": [ }""", "line 1, position 16", "invalid JSON" },
        { "{ \"mentors\": [],\n  \"candidates\": [ { \"participant\": \"P1\" \"mentor\": \"M1\" } ] }", "line 2, position 41", "invalid JSON" },
        { """{ "candidates": [] }""", "mentors", "missing" },
        { """{ "mentors": {}, "candidates": [] }""", "mentors", "must be an array" },
        { """{ "mentors": [], "candidates": [], "extra": 1 }""", "extra", "unknown property" },
        { """{ "mentors": [ { "id": "M1", "capacity": { "technical": 1, "career": 1, "peer": 1 } } ], "candidates": [] }""", "mentors[0].totalCapacity", "missing" },
        { """{ "mentors": [ { "id": "M1", "capacity": { "technical": 1, "career": 1 }, "totalCapacity": 1 } ], "candidates": [] }""", "mentors[0].capacity.peer", "missing" },
        { """{ "mentors": [ { "id": "M1", "capacity": { "technical": 1, "career": 1, "peer": 1, "mentor": 1 }, "totalCapacity": 1 } ], "candidates": [] }""", "mentors[0].capacity.mentor", "unknown property" },
        { """{ "mentors": [ { "id": 1, "capacity": { "technical": 1, "career": 1, "peer": 1 }, "totalCapacity": 1 } ], "candidates": [] }""", "mentors[0].id", "must be a string" },
        { """{ "mentors": [ { "id": "", "capacity": { "technical": 1, "career": 1, "peer": 1 }, "totalCapacity": 1 } ], "candidates": [] }""", "mentors[0].id", "must not be empty" },
        { """{ "mentors": [ { "id": "M1", "capacity": { "technical": -1, "career": 1, "peer": 1 }, "totalCapacity": 1 } ], "candidates": [] }""", "mentors[0].capacity.technical", "must be ≥ 0 (is -1)" },
        { """{ "mentors": [ { "id": "M1", "capacity": { "technical": 1, "career": 1, "peer": 1 }, "totalCapacity": -2 } ], "candidates": [] }""", "mentors[0].totalCapacity", "must be ≥ 0 (is -2)" },
        { """{ "mentors": [ { "id": "M1", "capacity": { "technical": 1, "career": 1, "peer": "1" }, "totalCapacity": 1 } ], "candidates": [] }""", "mentors[0].capacity.peer", "must be a whole number" },
        { """{ "mentors": [ { "id": "M1", "capacity": { "technical": 1, "career": 1, "peer": 1 }, "totalCapacity": 1 }, { "id": "M1", "capacity": { "technical": 1, "career": 1, "peer": 1 }, "totalCapacity": 1 } ], "candidates": [] }""", "mentors[1].id", "duplicate mentor id \"M1\"" },
        { Round("""{ "participant": "P1", "mentor": "M9", "role": "peer", "score": 1 }"""), "candidates[1].mentor", "unknown mentor \"M9\"" },
        { Round("""{ "participant": "P1", "mentor": "M1", "role": "Peer", "score": 1 }"""), "candidates[1].role", "unknown role \"Peer\"" },
        { Round("""{ "participant": "P1", "mentor": "M1", "role": "peer", "score": -1 }"""), "candidates[1].score", "must be ≥ 0 (is -1)" },
        { Round("""{ "participant": "P1", "mentor": "M1", "role": "peer", "score": 2.5 }"""), "candidates[1].score", "must be a whole number (is 2.5)" },
        { Round("""{ "participant": "P1", "mentor": "M1", "role": "peer", "score": null }"""), "candidates[1].score", "must be a whole number (is null)" },
        { Round("""{ "participant": "", "mentor": "M1", "role": "peer", "score": 1 }"""), "candidates[1].participant", "must not be empty" },
        { Round("""{ "participant": "P1", "mentor": "M1", "role": "technical", "score": 4 }"""), "candidates[1]", "duplicate triple (\"P1\", \"M1\", technical); first given as candidates[0]" },
        { Round("""{ "participant": "P1", "mentor": "M1", "score": 4 }"""), "candidates[1].role", "missing" },
        { Round("""{ "participant": "P1", "mentor": "M1", "role": "peer", "score": 4, "score": 5 }"""), "candidates[1].score", "property given twice" },
        { Round("""{ "participant": "P1", "mentor": "M1", "role": "peer", "weight": 4 }"""), "candidates[1].weight", "unknown property" },
    };

    [Theory]
    [MemberData(nameof(BadInstances))]
    public void ReadInstance_BadInstance_IsRefusedNamingTheEntry(string json, string location, string problem)
    {
        var ex = Assert.Throws<InstanceFormatException>(() => MentoringJson.ReadInstance(json));
        Assert.Equal(location, ex.Location);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
        Assert.StartsWith(location + ": ", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadResults() => new()
    {
        { """{ "assignments": [], "filledSlots": 0, "totalScore": 0, "bound": { "filledSlots": 0, "totalScore": 0 } }""", "optimal", "missing" },
        { """{ "assignments": [ { "participant": "P1", "mentor": "M1", "role": "mentor" } ], "filledSlots": 1, "totalScore": 0, "bound": { "filledSlots": 0, "totalScore": 0 }, "optimal": true }""", "assignments[0].role", "unknown role" },
        { """{ "assignments": [], "filledSlots": 0, "totalScore": 0, "bound": { "filledSlots": 0, "score": 0 }, "optimal": true }""", "bound.score", "unknown property" },
        { """{ "assignments": [], "filledSlots": 0, "totalScore": 0, "bound": { "filledSlots": 0, "totalScore": 0 }, "optimal": "yes" }""", "optimal", "must be true or false" },
        { """{ "assignments": [], "filledSlots": -1, "totalScore": 0, "bound": { "filledSlots": 0, "totalScore": 0 }, "optimal": true }""", "filledSlots", "must be ≥ 0" },
    };

    [Theory]
    [MemberData(nameof(BadResults))]
    public void ReadResult_BadFile_IsRefusedNamingTheEntry(string json, string location, string problem)
    {
        var ex = Assert.Throws<InstanceFormatException>(() => MentoringJson.ReadResult(json));
        Assert.Equal(location, ex.Location);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckResult_InfeasibleAssignments_ListsEveryViolation()
    {
        var instance = new MentoringInstance(
            [
                new MentoringMentor("M1", new RoleCapacity(1, 1, 1), 2),
                new MentoringMentor("M2", new RoleCapacity(2, 2, 2), 6),
            ],
            [
                new MentoringCandidate("P1", "M1", MentoringRole.Technical, 5),
                new MentoringCandidate("P1", "M1", MentoringRole.Career, 4),
                new MentoringCandidate("P2", "M1", MentoringRole.Technical, 3),
                new MentoringCandidate("P2", "M2", MentoringRole.Technical, 3),
                new MentoringCandidate("P3", "M1", MentoringRole.Peer, 1),
            ]);
        var result = new MentoringResult(
            [
                new MentoringAssignment("P1", "M1", MentoringRole.Technical),
                new MentoringAssignment("P1", "M1", MentoringRole.Career),     // same mentor, second role
                new MentoringAssignment("P2", "M1", MentoringRole.Technical),  // technical capacity 1 exceeded
                new MentoringAssignment("P2", "M2", MentoringRole.Technical),  // P2's technical slot filled twice
                new MentoringAssignment("P3", "M1", MentoringRole.Peer),       // total capacity 2 exceeded
                new MentoringAssignment("P4", "M2", MentoringRole.Peer),       // not a candidate
            ],
            5, 16, new Objective(4, 10), true);
        var problems = MentoringValidation.CheckResult(instance, result).Select(v => v.ToString()).ToList();
        Assert.Contains("assignments[1]: mentor \"M1\" already serves \"P1\" in another role (assignments[0])", problems);
        Assert.Contains("assignments[2]: mentor \"M1\" exceeds its technical capacity 1", problems);
        Assert.Contains("assignments[2]: mentor \"M1\" exceeds its total capacity 2", problems);
        Assert.Contains("assignments[3]: the technical slot of \"P2\" is already filled by assignments[2]", problems);
        Assert.Contains("assignments[5]: (\"P4\", \"M2\", peer) is not a candidate triple of the instance", problems);
        Assert.Contains("filledSlots: is 5 but there are 6 assignments", problems);
        Assert.Contains("bound: (4, 10) is below the result's own value (5, 16)", problems);
    }

    [Fact]
    public void CheckResult_WrongTotalScore_ReportsMismatch()
    {
        var instance = MentoringJson.ReadInstance(IssueInstance);
        var result = new MentoringResult([new MentoringAssignment("P1", "M1", MentoringRole.Technical)], 1, 40, new Objective(1, 40), true);
        var problem = Assert.Single(MentoringValidation.CheckResult(instance, result));
        Assert.Equal(new MentoringViolation("totalScore", "is 40 but the assignments score 37"), problem);
    }

    private static string Round(string secondCandidate) =>
        """{ "mentors": [ { "id": "M1", "capacity": { "technical": 1, "career": 1, "peer": 1 }, "totalCapacity": 1 } ], "candidates": [ { "participant": "P1", "mentor": "M1", "role": "technical", "score": 3 }, """
        + secondCandidate + " ] }";

    private static string Normalize(string json) =>
        System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(json).RootElement);
}
