using System.Text;
using System.Text.Json;

namespace TalentChain.Optimization.Mentoring;

/// <summary>
/// Reads and writes the mentoring interchange format exactly (docs/optimization/mentoring.md). Reading is strict:
/// unknown or repeated properties, wrong JSON types, missing fields and inconsistent values are refused with an
/// <see cref="InstanceFormatException"/> naming the entry (e.g. <c>candidates[12].mentor</c>).
/// </summary>
public static class MentoringJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    public static MentoringInstance ReadInstance(string json)
    {
        using var doc = StrictJson.Parse(json);
        var root = doc.RootElement;
        StrictJson.Object(root, "", "mentors", "candidates");
        var mentorsArray = StrictJson.ArrayOf(root, "", "mentors");
        var mentors = new List<MentoringMentor>(mentorsArray.GetArrayLength());
        var i = 0;
        foreach (var m in mentorsArray.EnumerateArray())
        {
            var path = StrictJson.Index("mentors", i++);
            StrictJson.Object(m, path, "id", "capacity", "totalCapacity");
            var id = StrictJson.String(m, path, "id");
            var capPath = StrictJson.Join(path, "capacity");
            var cap = StrictJson.Required(m, path, "capacity");
            StrictJson.Object(cap, capPath, "technical", "career", "peer");
            var capacity = new RoleCapacity(
                StrictJson.Int32(cap, capPath, "technical"),
                StrictJson.Int32(cap, capPath, "career"),
                StrictJson.Int32(cap, capPath, "peer"));
            mentors.Add(new MentoringMentor(id, capacity, StrictJson.Int32(m, path, "totalCapacity")));
        }
        var candidatesArray = StrictJson.ArrayOf(root, "", "candidates");
        var candidates = new List<MentoringCandidate>(candidatesArray.GetArrayLength());
        i = 0;
        foreach (var c in candidatesArray.EnumerateArray())
        {
            var path = StrictJson.Index("candidates", i++);
            StrictJson.Object(c, path, "participant", "mentor", "role", "score");
            candidates.Add(new MentoringCandidate(
                StrictJson.String(c, path, "participant"),
                StrictJson.String(c, path, "mentor"),
                ReadRole(c, path),
                StrictJson.Int32(c, path, "score")));
        }
        var instance = new MentoringInstance(mentors, candidates);
        MentoringValidation.Validate(instance);
        return instance;
    }

    public static string WriteInstance(MentoringInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("mentors");
            foreach (var m in instance.Mentors)
            {
                w.WriteStartObject();
                w.WriteString("id", m.Id);
                w.WriteStartObject("capacity");
                w.WriteNumber("technical", m.Capacity.Technical);
                w.WriteNumber("career", m.Capacity.Career);
                w.WriteNumber("peer", m.Capacity.Peer);
                w.WriteEndObject();
                w.WriteNumber("totalCapacity", m.TotalCapacity);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("candidates");
            foreach (var c in instance.Candidates)
            {
                w.WriteStartObject();
                w.WriteString("participant", c.Participant);
                w.WriteString("mentor", c.Mentor);
                w.WriteString("role", RoleName(c.Role));
                w.WriteNumber("score", c.Score);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Reads a result file strictly (shape and types). Check it against its instance with <see cref="MentoringValidation.CheckResult"/>.</summary>
    public static MentoringResult ReadResult(string json)
    {
        using var doc = StrictJson.Parse(json);
        var root = doc.RootElement;
        StrictJson.Object(root, "", "assignments", "filledSlots", "totalScore", "bound", "optimal");
        var array = StrictJson.ArrayOf(root, "", "assignments");
        var assignments = new List<MentoringAssignment>(array.GetArrayLength());
        var i = 0;
        foreach (var a in array.EnumerateArray())
        {
            var path = StrictJson.Index("assignments", i++);
            StrictJson.Object(a, path, "participant", "mentor", "role");
            var participant = StrictJson.String(a, path, "participant");
            if (string.IsNullOrWhiteSpace(participant)) throw new InstanceFormatException(StrictJson.Join(path, "participant"), "must not be empty");
            var mentor = StrictJson.String(a, path, "mentor");
            if (string.IsNullOrWhiteSpace(mentor)) throw new InstanceFormatException(StrictJson.Join(path, "mentor"), "must not be empty");
            assignments.Add(new MentoringAssignment(participant, mentor, ReadRole(a, path)));
        }
        var filled = NonNegative(StrictJson.Int32(root, "", "filledSlots"), "filledSlots");
        var score = NonNegative(StrictJson.Int64(root, "", "totalScore"), "totalScore");
        var bound = StrictJson.Required(root, "", "bound");
        StrictJson.Object(bound, "bound", "filledSlots", "totalScore");
        var boundValue = new Objective(
            NonNegative(StrictJson.Int64(bound, "bound", "filledSlots"), "bound.filledSlots"),
            NonNegative(StrictJson.Int64(bound, "bound", "totalScore"), "bound.totalScore"));
        return new MentoringResult(assignments, filled, score, boundValue, StrictJson.Boolean(root, "", "optimal"));
    }

    public static string WriteResult(MentoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("assignments");
            foreach (var a in result.Assignments)
            {
                w.WriteStartObject();
                w.WriteString("participant", a.Participant);
                w.WriteString("mentor", a.Mentor);
                w.WriteString("role", RoleName(a.Role));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("filledSlots", result.FilledSlots);
            w.WriteNumber("totalScore", result.TotalScore);
            w.WriteStartObject("bound");
            w.WriteNumber("filledSlots", result.Bound.Count);
            w.WriteNumber("totalScore", result.Bound.Score);
            w.WriteEndObject();
            w.WriteBoolean("optimal", result.Optimal);
            w.WriteEndObject();
        });
    }

    public static string RoleName(MentoringRole role) => role switch
    {
        MentoringRole.Technical => "technical",
        MentoringRole.Career => "career",
        MentoringRole.Peer => "peer",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Parses a role name of the interchange format (lower case); null when it is not one.</summary>
    public static MentoringRole? ParseRole(string name) => name switch
    {
        "technical" => MentoringRole.Technical,
        "career" => MentoringRole.Career,
        "peer" => MentoringRole.Peer,
        _ => null,
    };

    private static MentoringRole ReadRole(JsonElement obj, string path)
    {
        var name = StrictJson.String(obj, path, "role");
        return ParseRole(name)
            ?? throw new InstanceFormatException(StrictJson.Join(path, "role"), $"unknown role \"{name}\" (expected technical, career or peer)");
    }

    private static T NonNegative<T>(T value, string path) where T : System.Numerics.INumber<T> =>
        value < T.Zero ? throw new InstanceFormatException(path, $"must be ≥ 0 (is {value})") : value;

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented)) body(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
