using System.Diagnostics;
using System.Text.Json;
using TalentChain.Tests.Infrastructure;

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

    // The files as these tests read them (the interchange format, not an API response): test-side, read with the strict reader.
    private sealed record MentoringAssignmentFile(string Participant, string Mentor, string Role);
    private sealed record MentoringBoundFile(int FilledSlots, long TotalScore);
    private sealed record MentoringResultFile(List<MentoringAssignmentFile> Assignments, int FilledSlots, long TotalScore, MentoringBoundFile Bound, bool Optimal);
    private sealed record RotationFile(int Period, string HostUnit);
    private sealed record RotationPlanFile(string Participant, List<RotationFile> Rotations);
    private sealed record UnplacedFile(string Participant, string Reason);
    private sealed record RotationBoundFile(int Placed, long TotalScore);
    private sealed record RotationResultFile(List<RotationPlanFile> Plans, List<UnplacedFile> Unplaced, int Placed, long TotalScore, RotationBoundFile Bound, double Gap);

    private static T Read<T>(string json)
    {
        var value = JsonSerializer.Deserialize<T>(json, ApiJson.Options);
        Assert.True(value is not null, $"expected a {typeof(T).Name}, got: {json}");
        return value;
    }

    /// <summary>Property names in order, of the file or of one of its objects: a deliberate wire-format check (the exact format), so raw JSON.</summary>
    private static List<string> PropertyNames(string json, string? member = null)
    {
        using var doc = JsonDocument.Parse(json);
        var e = member is null ? doc.RootElement : doc.RootElement.GetProperty(member);
        return [.. e.EnumerateObject().Select(p => p.Name)];
    }

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
        var json = File.ReadAllText(output);
        var result = Read<MentoringResultFile>(json);
        Assert.Equal(["assignments", "filledSlots", "totalScore", "bound", "optimal"], PropertyNames(json));
        var assignment = Assert.Single(result.Assignments);
        Assert.Equal(("P1", "M1", "technical"), (assignment.Participant, assignment.Mentor, assignment.Role));
        Assert.Equal(1, result.FilledSlots);
        Assert.Equal(37, result.TotalScore);
        Assert.Equal(["filledSlots", "totalScore"], PropertyNames(json, "bound"));
        Assert.Equal(1, result.Bound.FilledSlots);
        Assert.Equal(37, result.Bound.TotalScore);
        Assert.True(result.Optimal);
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
        var json = File.ReadAllText(output);
        var result = Read<RotationResultFile>(json);
        Assert.Equal(["plans", "unplaced", "placed", "totalScore", "bound", "gap"], PropertyNames(json));
        Assert.Equal(2, result.Placed);
        var p1 = result.Plans.Single(p => p.Participant == "P1");
        var p1Units = p1.Rotations.Select(r => (r.Period, r.HostUnit)).ToList();
        Assert.Equal([1, 2, 3], p1Units.Select(r => r.Period).ToList());
        Assert.DoesNotContain(p1Units, r => r.HostUnit == "U1");
        var unplaced = Assert.Single(result.Unplaced);
        Assert.Equal("P3", unplaced.Participant);
        Assert.False(string.IsNullOrWhiteSpace(unplaced.Reason));
        Assert.Equal(["placed", "totalScore"], PropertyNames(json, "bound"));
        Assert.True(result.Bound.TotalScore >= result.TotalScore);
        Assert.Equal(0.0, result.Gap);
    }
}
