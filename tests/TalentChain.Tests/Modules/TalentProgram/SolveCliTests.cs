using System.Diagnostics;
using System.Text.Json;

namespace TalentChain.Tests.Modules.TalentProgram;

/// <summary>
/// The <c>solve mentoring|rotations</c> verb as a user runs it: the real executable on real files, the interchange format
/// out, a precise refusal for a bad file, and never a half-written or stale result.
/// </summary>
public sealed class SolveCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tc-solve-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TalentChain.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static List<string> Keys(JsonElement e) => [.. e.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public async Task SolveMentoring_IssueFile_WritesProvenOptimumInExactFormat()
    {
        var input = Write("round.json", """
            { "mentors": [ { "id": "M1", "capacity": { "technical": 2, "career": 1, "peer": 0 }, "totalCapacity": 2 } ],
              "candidates": [ { "participant": "P1", "mentor": "M1", "role": "technical", "score": 37 } ] }
            """);
        var output = Path.Combine(_dir, "result.json");

        var (exit, stdout, stderr) = await RunAsync("solve", "mentoring", "--in", input, "--out", output);

        Assert.True(exit == 0, stderr);
        Assert.Contains("result.json", stdout, StringComparison.Ordinal);
        using var result = JsonDocument.Parse(File.ReadAllText(output));
        var root = result.RootElement;
        Assert.Equal(["assignments", "filledSlots", "totalScore", "bound", "optimal"], Keys(root));
        var assignment = Assert.Single(root.GetProperty("assignments").EnumerateArray().ToList());
        Assert.Equal(("P1", "M1", "technical"), (assignment.GetProperty("participant").GetString(), assignment.GetProperty("mentor").GetString(), assignment.GetProperty("role").GetString()));
        Assert.Equal(1, root.GetProperty("filledSlots").GetInt32());
        Assert.Equal(37, root.GetProperty("totalScore").GetInt64());
        Assert.Equal(["filledSlots", "totalScore"], Keys(root.GetProperty("bound")));
        Assert.Equal(1, root.GetProperty("bound").GetProperty("filledSlots").GetInt32());
        Assert.Equal(37, root.GetProperty("bound").GetProperty("totalScore").GetInt64());
        Assert.True(root.GetProperty("optimal").GetBoolean());
    }

    [Fact]
    public async Task SolveMentoring_UnknownMentor_IsRefusedKeepingOldResult()
    {
        var input = Write("bad.json", """
            { "mentors": [ { "id": "M1", "capacity": { "technical": 1, "career": 1, "peer": 1 }, "totalCapacity": 2 } ],
              "candidates": [ { "participant": "P1", "mentor": "M1", "role": "career", "score": 5 },
                              { "participant": "P2", "mentor": "M9", "role": "technical", "score": 3 } ] }
            """);
        var output = Write("result.json", "previous result");

        var (exit, _, stderr) = await RunAsync("solve", "mentoring", "--in", input, "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains("candidates[1].mentor", stderr, StringComparison.Ordinal);
        Assert.Contains("M9", stderr, StringComparison.Ordinal);
        Assert.Equal("previous result", File.ReadAllText(output));
        Assert.False(File.Exists(output + ".tmp"));
    }

    [Fact]
    public async Task Solve_BrokenJson_IsRefusedWritingNothing()
    {
        var input = Write("broken.json", "{ \"mentors\": [ ");
        var output = Path.Combine(_dir, "out.json");

        var (exit, _, stderr) = await RunAsync("solve", "mentoring", "--in", input, "--out", output);

        Assert.Equal(2, exit);
        Assert.Contains("broken.json", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task SolveRotations_IssueFile_WritesExactFormatWithReasons()
    {
        // Six host units over three segments, one place each per period; P1 and P2 fit, P3 starts too late.
        var input = Write("rotations.json", """
            { "periods": 6, "rotationsPerParticipant": 3, "minSegments": 3,
              "hostUnits": [
                { "id": "U1", "segment": "separation", "capacity": [1,1,1,1,1,1] },
                { "id": "U2", "segment": "separation", "capacity": [1,1,1,1,1,1] },
                { "id": "U3", "segment": "metals", "capacity": [1,1,1,1,1,1] },
                { "id": "U4", "segment": "metals", "capacity": [1,1,1,1,1,1] },
                { "id": "U5", "segment": "magnets", "capacity": [1,1,1,1,1,1] },
                { "id": "U6", "segment": "magnets", "capacity": [1,1,1,1,1,1] } ],
              "participants": [
                { "id": "P1", "homeUnit": "U1", "startPeriod": 1, "preferences": { "U3": 5, "U5": 4, "U2": 3 } },
                { "id": "P2", "homeUnit": "U9", "startPeriod": 2, "preferences": { "U1": 2 } },
                { "id": "P3", "homeUnit": "U2", "startPeriod": 5, "preferences": {} } ] }
            """);
        var output = Path.Combine(_dir, "schedule.json");

        var (exit, _, stderr) = await RunAsync("solve", "rotations", "--in", input, "--out", output);

        Assert.True(exit == 0, stderr);
        using var result = JsonDocument.Parse(File.ReadAllText(output));
        var root = result.RootElement;
        Assert.Equal(["plans", "unplaced", "placed", "totalScore", "bound", "gap"], Keys(root));
        Assert.Equal(2, root.GetProperty("placed").GetInt32());
        var p1 = root.GetProperty("plans").EnumerateArray().Single(p => p.GetProperty("participant").GetString() == "P1");
        var p1Units = p1.GetProperty("rotations").EnumerateArray().Select(r => (r.GetProperty("period").GetInt32(), r.GetProperty("hostUnit").GetString())).ToList();
        Assert.Equal([1, 2, 3], p1Units.Select(r => r.Item1).ToList());
        Assert.DoesNotContain(p1Units, r => r.Item2 == "U1");
        var unplaced = Assert.Single(root.GetProperty("unplaced").EnumerateArray().ToList());
        Assert.Equal("P3", unplaced.GetProperty("participant").GetString());
        Assert.False(string.IsNullOrWhiteSpace(unplaced.GetProperty("reason").GetString()));
        Assert.Equal(["placed", "totalScore"], Keys(root.GetProperty("bound")));
        Assert.True(root.GetProperty("bound").GetProperty("totalScore").GetInt64() >= root.GetProperty("totalScore").GetInt64());
        Assert.Equal(0.0, root.GetProperty("gap").GetDouble());
    }
}
