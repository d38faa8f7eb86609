using System.Text.Json;
using System.Text.Json.Nodes;
using TalentChain.Optimization.Rotations;
using static TalentChain.Optimization.Tests.Rotations.RotationTestData;


namespace TalentChain.Optimization.Tests.Rotations;

public class RotationJsonTests
{
    private const string Valid = """
        { "periods": 6, "rotationsPerParticipant": 3, "minSegments": 2,
          "hostUnits": [
            { "id": "U1", "segment": "separation", "capacity": [1,1,1,1,1,1] },
            { "id": "U2", "segment": "metals", "capacity": [1,1,1,1,1,1] },
            { "id": "U3", "segment": "magnets", "capacity": [1,1,1,1,1,1] } ],
          "participants": [
            { "id": "P1", "homeUnit": "U7", "startPeriod": 1, "preferences": { "U1": 5, "U3": 2 } },
            { "id": "P2", "homeUnit": "U1", "startPeriod": 2, "preferences": {} } ] }
        """;

    [Fact]
    public void ReadInstance_IssueExample_RoundTrips()
    {
        var instance = RotationJson.ReadInstance(IssueExample);
        Assert.Equal(12, instance.Periods);
        Assert.Equal(5, instance.RotationsPerParticipant);
        Assert.Equal(3, instance.MinSegments);
        Assert.Equal("separation", instance.HostUnits[0].Segment);
        Assert.Equal(12, instance.HostUnits[0].Capacity.Count);
        Assert.Equal(2, instance.Participants[0].Preferences["U3"]);
        var again = RotationJson.ReadInstance(RotationJson.WriteInstance(instance));
        Assert.Equal(RotationJson.WriteInstance(instance), RotationJson.WriteInstance(again));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(IssueExample), JsonNode.Parse(RotationJson.WriteInstance(instance))));
    }

    [Fact]
    public void ReadInstance_PreferenceForUnitNotOffered_IsKept()
    {
        var instance = RotationJson.ReadInstance(IssueExcerpt);
        Assert.Equal(2, instance.Participants[0].Preferences["U3"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(IssueExcerpt), JsonNode.Parse(RotationJson.WriteInstance(instance))));

        // As written, only U1 is offered: P1 cannot have five different units.
        var result = RotationSolver.Solve(instance);
        Assert.Equal(UnplacedReason.TooFewHostUnits, Assert.Single(result.Unplaced).Code);
        Assert.Equal(new Objective(0, 0), result.Bound);
        Assert.Empty(RotationValidation.CheckResult(instance, result));
    }

    [Fact]
    public void Solve_IssueExample_WritesExactResultFormat()
    {
        var result = RotationSolver.Solve(RotationJson.ReadInstance(IssueExample));
        var json = JsonNode.Parse(RotationJson.WriteResult(result))!.AsObject();
        Assert.Equal(["plans", "unplaced", "placed", "totalScore", "bound", "gap"], json.Select(p => p.Key));
        Assert.Equal(["placed", "totalScore"], json["bound"]!.AsObject().Select(p => p.Key));
        Assert.Equal("P1", (string?)json["unplaced"]![0]!["participant"]);
        Assert.StartsWith("too few host units:", (string?)json["unplaced"]![0]!["reason"], StringComparison.Ordinal);
        Assert.Contains("\"gap\": 0.0", RotationJson.WriteResult(result), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteResult_ThenReadResult_KeepsPlansReasonsTotalsAndBound()
    {
        var instance = RotationJson.ReadInstance(Valid);
        var result = RotationSolver.Solve(instance);
        var back = RotationJson.ReadResult(RotationJson.WriteResult(result));
        Assert.Equal(result.Placed, back.Placed);
        Assert.Equal(result.TotalScore, back.TotalScore);
        Assert.Equal(result.Bound, back.Bound);
        Assert.Equal(result.Optimal, back.Optimal);
        Assert.Equal(result.Plans.Select(p => (p.Participant, string.Join(",", p.Rotations))), back.Plans.Select(p => (p.Participant, string.Join(",", p.Rotations))));
        Assert.Equal(result.Unplaced, back.Unplaced);
        Assert.Empty(RotationValidation.CheckResult(instance, back));
    }

    [Fact]
    public void ReadResult_ForeignReasonText_MapsToSensibleCode()
    {
        const string json = """
            { "plans": [], "unplaced": [ { "participant": "P9", "reason": "Outcompeted: someone else" }, { "participant": "P8", "reason": "calendar clash" } ],
              "placed": 0, "totalScore": 0, "bound": { "placed": 2, "totalScore": 9 }, "gap": 1 }
            """;
        var result = RotationJson.ReadResult(json);
        Assert.Equal(UnplacedReason.Outcompeted, result.Unplaced[0].Code);
        Assert.Equal(UnplacedReason.NoCapacity, result.Unplaced[1].Code);
        Assert.Equal("calendar clash", result.Unplaced[1].Reason);
        Assert.False(result.Optimal);
    }

    [Theory]
    [InlineData("""{ "plans": [], "unplaced": [], "placed": 0, "totalScore": 0, "bound": { "placed": 0, "totalScore": 0 }, "gap": 0.0, "optimal": true }""", "optimal", "unknown property")]
    [InlineData("""{ "plans": [], "unplaced": [], "placed": 0, "totalScore": 0, "bound": { "placed": 0 }, "gap": 0.0 }""", "bound.totalScore", "missing")]
    [InlineData("""{ "plans": [ { "participant": "P1", "rotations": [ { "period": "1", "hostUnit": "U1" } ] } ], "unplaced": [], "placed": 1, "totalScore": 0, "bound": { "placed": 1, "totalScore": 0 }, "gap": 0.0 }""", "plans[0].rotations[0].period", "must be a whole number")]
    [InlineData("""{ "plans": [], "unplaced": [], "placed": 3, "totalScore": 0, "bound": { "placed": 2, "totalScore": 0 }, "gap": 0.0 }""", "bound", "below the result")]
    public void ReadResult_MalformedFile_IsRefusedNamingTheEntry(string json, string location, string problem)
    {
        var ex = Assert.Throws<InstanceFormatException>(() => RotationJson.ReadResult(json));
        Assert.Equal(location, ex.Location);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInstance_InvalidJson_NamesLineAndPosition()
    {
        var ex = Assert.Throws<InstanceFormatException>(() => RotationJson.ReadInstance("{ \"periods\": 12,\n  \"hostUnits\": [ } "));
        Assert.StartsWith("line 2, position", ex.Location, StringComparison.Ordinal);
        Assert.StartsWith("invalid JSON", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.minSegments", null, "minSegments", "missing")]
    [InlineData("$.periods", "\"12\"", "periods", "must be a whole number (is the string \"12\")")]
    [InlineData("$.colour", "1", "colour", "unknown property")]
    [InlineData("$.hostUnits[0].colour", "\"red\"", "hostUnits[0].colour", "unknown property")]
    [InlineData("$.periods", "0", "periods", "must be at least 1")]
    [InlineData("$.rotationsPerParticipant", "0", "rotationsPerParticipant", "must be at least 1")]
    [InlineData("$.minSegments", "-1", "minSegments", "between 0 and rotationsPerParticipant (3)")]
    [InlineData("$.minSegments", "4", "minSegments", "between 0 and rotationsPerParticipant (3)")]
    [InlineData("$.hostUnits[1].capacity", "[1,1,1]", "hostUnits[1].capacity", "host unit U2 has 3 entries, expected 6")]
    [InlineData("$.hostUnits[2].capacity", "[1,1,1,1,1,-2]", "hostUnits[2].capacity[5]", "host unit U3, period 6: capacity must be ≥ 0, found -2")]
    [InlineData("$.hostUnits[0].capacity", "[1,1,1.5,1,1,1]", "hostUnits[0].capacity[2]", "must be a whole number (is 1.5)")]
    [InlineData("$.hostUnits[2].id", "\"U1\"", "hostUnits[2].id", "duplicate host unit id \"U1\" (also hostUnits[0])")]
    [InlineData("$.hostUnits[0].id", "\"\"", "hostUnits[0].id", "must not be empty")]
    [InlineData("$.hostUnits[1].segment", "\" \"", "hostUnits[1].segment", "segment must not be empty")]
    [InlineData("$.hostUnits", "{}", "hostUnits", "must be an array (is an object)")]
    [InlineData("$.participants[1].id", "\"P1\"", "participants[1].id", "duplicate participant id \"P1\" (also participants[0])")]
    [InlineData("$.participants[0].id", "\"\"", "participants[0].id", "must not be empty")]
    [InlineData("$.participants[1].homeUnit", "\"\"", "participants[1].homeUnit", "home unit must not be empty")]
    [InlineData("$.participants[0].startPeriod", "7", "participants[0].startPeriod", "participant P1: must be between 1 and 6, found 7")]
    [InlineData("$.participants[1].startPeriod", "0", "participants[1].startPeriod", "must be between 1 and 6, found 0")]
    [InlineData("$.participants[0].preferences", "{ \"U2\": -1 }", "participants[0].preferences.U2", "participant P1: preference must be ≥ 0, found -1")]
    [InlineData("$.participants[0].preferences", "[]", "participants[0].preferences", "must be an object mapping host unit ids to scores")]
    [InlineData("$.participants[1]", "7", "participants[1]", "must be an object (is the number 7)")]
    public void ReadInstance_BadInput_IsRefusedNamingTheEntry(string path, string? replacement, string location, string problem)
    {
        var ex = Assert.Throws<InstanceFormatException>(() => RotationJson.ReadInstance(Edit(Valid, path, replacement)));
        Assert.Equal(location, ex.Location);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
        Assert.StartsWith(location + ": ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInstance_DuplicatePreferenceKey_IsRefused()
    {
        var json = Valid.Replace("\"U1\": 5, \"U3\": 2", "\"U1\": 5, \"U1\": 2", StringComparison.Ordinal);
        var ex = Assert.Throws<InstanceFormatException>(() => RotationJson.ReadInstance(json));
        Assert.Equal("participants[0].preferences.U1", ex.Location);
    }

    [Fact]
    public void ReadInstance_LateStartOrForeignHomeUnit_IsNotAFormatError()
    {
        var json = Edit(Valid, "$.participants[0].startPeriod", "6");
        var instance = RotationJson.ReadInstance(json);
        var result = RotationSolver.Solve(instance);
        Assert.Equal(UnplacedReason.HorizonTooShort, result.Unplaced.Single(u => u.Participant == "P1").Code);
    }

    /// <summary>Replaces (or with null removes) the value at a simple JSON path ($.a.b[2].c).</summary>
    private static string Edit(string json, string path, string? replacement)
    {
        var root = JsonNode.Parse(json)!;
        var steps = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        JsonNode parent = root;
        for (var i = 0; i < steps.Length - 1; i++) parent = Child(parent, steps[i])!;
        var last = steps[^1];
        var value = replacement is null ? null : JsonNode.Parse(replacement);
        if (last.StartsWith('['))
            parent.AsArray()[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        else if (replacement is null) parent.AsObject().Remove(last);
        else parent[last] = value;
        return root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonNode? Child(JsonNode node, string step) =>
        step.StartsWith('[') ? node.AsArray()[int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture)] : node[step];
}
