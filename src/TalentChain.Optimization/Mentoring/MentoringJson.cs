using System.Text.Json;

namespace TalentChain.Optimization.Mentoring;

/// <summary>
/// Reads and writes the mentoring interchange format exactly (docs/optimization/mentoring.md).
/// PLACEHOLDER (scaffold): minimal parsing; the real codec with precise errors replaces this file.
/// </summary>
public static class MentoringJson
{
    public static MentoringInstance ReadInstance(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var mentors = root.GetProperty("mentors").EnumerateArray().Select(m => new MentoringMentor(
            m.GetProperty("id").GetString()!,
            new RoleCapacity(m.GetProperty("capacity").GetProperty("technical").GetInt32(), m.GetProperty("capacity").GetProperty("career").GetInt32(), m.GetProperty("capacity").GetProperty("peer").GetInt32()),
            m.GetProperty("totalCapacity").GetInt32())).ToList();
        var candidates = root.GetProperty("candidates").EnumerateArray().Select(c => new MentoringCandidate(
            c.GetProperty("participant").GetString()!, c.GetProperty("mentor").GetString()!,
            ParseRole(c.GetProperty("role").GetString()!), c.GetProperty("score").GetInt32())).ToList();
        var instance = new MentoringInstance(mentors, candidates);
        MentoringValidation.Validate(instance);
        return instance;
    }

    public static string WriteInstance(MentoringInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return JsonSerializer.Serialize(new
        {
            mentors = instance.Mentors.Select(m => new { id = m.Id, capacity = new { technical = m.Capacity.Technical, career = m.Capacity.Career, peer = m.Capacity.Peer }, totalCapacity = m.TotalCapacity }),
            candidates = instance.Candidates.Select(c => new { participant = c.Participant, mentor = c.Mentor, role = RoleName(c.Role), score = c.Score }),
        });
    }

    public static MentoringResult ReadResult(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        var a = r.GetProperty("assignments").EnumerateArray().Select(x => new MentoringAssignment(x.GetProperty("participant").GetString()!, x.GetProperty("mentor").GetString()!, ParseRole(x.GetProperty("role").GetString()!))).ToList();
        var b = r.GetProperty("bound");
        return new MentoringResult(a, r.GetProperty("filledSlots").GetInt32(), r.GetProperty("totalScore").GetInt64(),
            new Objective(b.GetProperty("filledSlots").GetInt64(), b.GetProperty("totalScore").GetInt64()), r.GetProperty("optimal").GetBoolean());
    }

    public static string WriteResult(MentoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(new
        {
            assignments = result.Assignments.Select(x => new { participant = x.Participant, mentor = x.Mentor, role = RoleName(x.Role) }),
            filledSlots = result.FilledSlots,
            totalScore = result.TotalScore,
            bound = new { filledSlots = result.Bound.Count, totalScore = result.Bound.Score },
            optimal = result.Optimal,
        });
    }

    public static string RoleName(MentoringRole role) => role switch
    {
        MentoringRole.Technical => "technical",
        MentoringRole.Career => "career",
        _ => "peer",
    };

    private static MentoringRole ParseRole(string s) => s switch
    {
        "technical" => MentoringRole.Technical,
        "career" => MentoringRole.Career,
        "peer" => MentoringRole.Peer,
        _ => throw new InstanceFormatException("role", $"unknown role \"{s}\""),
    };
}
