using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TalentChain.Optimization.Rotations;

/// <summary>
/// Reads and writes the rotations interchange format exactly (docs/optimization/rotations.md). Reading is strict:
/// unknown properties, missing or wrong-typed fields and inconsistent values are refused with an
/// <see cref="InstanceFormatException"/> whose location is the JSON path of the offending entry.
/// </summary>
public static class RotationJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true };

    public static RotationInstance ReadInstance(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = Parse(json);
        var root = doc.RootElement;
        Json.Object(root, "", "periods", "rotationsPerParticipant", "minSegments", "hostUnits", "participants");
        var periods = Json.Int(root, "", "periods");
        var rotations = Json.Int(root, "", "rotationsPerParticipant");
        var minSegments = Json.Int(root, "", "minSegments");
        var units = new List<HostUnit>();
        var i = 0;
        foreach (var u in Json.Array(root, "", "hostUnits"))
        {
            var at = $"hostUnits[{i++}]";
            Json.Object(u, at, "id", "segment", "capacity");
            var capacity = new List<int>();
            var k = 0;
            foreach (var c in Json.Array(u, at, "capacity"))
                capacity.Add(Json.IntValue(c, $"{at}.capacity[{k++}]"));
            units.Add(new HostUnit(Json.String(u, at, "id"), Json.String(u, at, "segment"), capacity));
        }
        var participants = new List<RotationParticipant>();
        i = 0;
        foreach (var p in Json.Array(root, "", "participants"))
        {
            var at = $"participants[{i++}]";
            Json.Object(p, at, "id", "homeUnit", "startPeriod", "preferences");
            var preferences = new Dictionary<string, int>(StringComparer.Ordinal);
            var prefs = Json.Required(p, at, "preferences");
            if (prefs.ValueKind != JsonValueKind.Object)
                throw new InstanceFormatException($"{at}.preferences", $"must be an object mapping host unit ids to scores, found {Json.Kind(prefs)}");
            foreach (var pref in prefs.EnumerateObject())
            {
                var loc = $"{at}.preferences.{pref.Name}";
                if (!preferences.TryAdd(pref.Name, Json.IntValue(pref.Value, loc)))
                    throw new InstanceFormatException(loc, "is listed twice");
            }
            participants.Add(new RotationParticipant(Json.String(p, at, "id"), Json.String(p, at, "homeUnit"), Json.Int(p, at, "startPeriod"), preferences));
        }
        var instance = new RotationInstance(periods, rotations, minSegments, units, participants);
        RotationValidation.Validate(instance);
        return instance;
    }

    public static string WriteInstance(RotationInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("periods", instance.Periods);
            w.WriteNumber("rotationsPerParticipant", instance.RotationsPerParticipant);
            w.WriteNumber("minSegments", instance.MinSegments);
            w.WriteStartArray("hostUnits");
            foreach (var u in instance.HostUnits)
            {
                w.WriteStartObject();
                w.WriteString("id", u.Id);
                w.WriteString("segment", u.Segment);
                w.WriteStartArray("capacity");
                foreach (var c in u.Capacity) w.WriteNumberValue(c);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("participants");
            foreach (var p in instance.Participants)
            {
                w.WriteStartObject();
                w.WriteString("id", p.Id);
                w.WriteString("homeUnit", p.HomeUnit);
                w.WriteNumber("startPeriod", p.StartPeriod);
                w.WriteStartObject("preferences");
                foreach (var (unit, score) in p.Preferences) w.WriteNumber(unit, score);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// Reads a result file strictly (same rules as instances). <see cref="RotationResult.Optimal"/> is true when the file's
    /// bound equals its value; an unplaced reason's code is recovered from the English text (<see cref="ReasonCode"/>).
    /// </summary>
    public static RotationResult ReadResult(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = Parse(json);
        var root = doc.RootElement;
        Json.Object(root, "", "plans", "unplaced", "placed", "totalScore", "bound", "gap");
        var plans = new List<RotationPlan>();
        var i = 0;
        foreach (var p in Json.Array(root, "", "plans"))
        {
            var at = $"plans[{i++}]";
            Json.Object(p, at, "participant", "rotations");
            var rotations = new List<Rotation>();
            var k = 0;
            foreach (var r in Json.Array(p, at, "rotations"))
            {
                var rat = $"{at}.rotations[{k++}]";
                Json.Object(r, rat, "period", "hostUnit");
                rotations.Add(new Rotation(Json.Int(r, rat, "period"), Json.String(r, rat, "hostUnit")));
            }
            plans.Add(new RotationPlan(Json.String(p, at, "participant"), rotations));
        }
        var unplaced = new List<UnplacedParticipant>();
        i = 0;
        foreach (var u in Json.Array(root, "", "unplaced"))
        {
            var at = $"unplaced[{i++}]";
            Json.Object(u, at, "participant", "reason");
            var reason = Json.String(u, at, "reason");
            unplaced.Add(new UnplacedParticipant(Json.String(u, at, "participant"), ReasonCode(reason), reason));
        }
        var placed = Json.Int(root, "", "placed");
        var totalScore = Json.Long(root, "", "totalScore");
        var b = Json.Required(root, "", "bound");
        Json.Object(b, "bound", "placed", "totalScore");
        var bound = new Objective(Json.Long(b, "bound", "placed"), Json.Long(b, "bound", "totalScore"));
        var gap = Json.Required(root, "", "gap");
        if (gap.ValueKind != JsonValueKind.Number || !gap.TryGetDouble(out var g) || g < 0 || double.IsNaN(g))
            throw new InstanceFormatException("gap", $"must be a number ≥ 0, found {Json.Kind(gap)}");
        if (placed < 0) throw new InstanceFormatException("placed", "must be ≥ 0");
        var value = new Objective(placed, totalScore);
        if (bound < value) throw new InstanceFormatException("bound", $"({bound.Count}, {bound.Score}) is below the result ({placed}, {totalScore})");
        return new RotationResult(plans, unplaced, placed, totalScore, bound, bound == value);
    }

    public static string WriteResult(RotationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("plans");
            foreach (var p in result.Plans)
            {
                w.WriteStartObject();
                w.WriteString("participant", p.Participant);
                w.WriteStartArray("rotations");
                foreach (var r in p.Rotations)
                {
                    w.WriteStartObject();
                    w.WriteNumber("period", r.Period);
                    w.WriteString("hostUnit", r.HostUnit);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("unplaced");
            foreach (var u in result.Unplaced)
            {
                w.WriteStartObject();
                w.WriteString("participant", u.Participant);
                w.WriteString("reason", u.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("placed", result.Placed);
            w.WriteNumber("totalScore", result.TotalScore);
            w.WriteStartObject("bound");
            w.WriteNumber("placed", result.Bound.Count);
            w.WriteNumber("totalScore", result.Bound.Score);
            w.WriteEndObject();
            w.WritePropertyName("gap");
            w.WriteRawValue(FormatGap(result.Gap));
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// The stable code behind an English reason text: the solver's texts start with a fixed lead ("horizon too short:",
    /// "too few host units:", "too few segments:", "no capacity left:", "outcompeted:"); any other text from another tool
    /// is taken as <see cref="UnplacedReason.NoCapacity"/>, the generic "could not be fitted in".
    /// </summary>
    public static UnplacedReason ReasonCode(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        foreach (var (code, lead) in RotationReasons.Leads)
            if (reason.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) return code;
        return UnplacedReason.NoCapacity;
    }

    // Always a decimal point ("0.0", "0.0125") so the number reads as a fraction, as in the issue's example.
    private static string FormatGap(double gap)
    {
        var text = Math.Round(gap, 9).ToString("0.0########", CultureInfo.InvariantCulture);
        return text;
    }

    private static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? $"line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}"
                : "an unknown position";
            throw new InstanceFormatException("", $"not valid JSON at {where}: {FirstSentence(ex.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
            body(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Strict typed access to a parsed document, with JSON-path locations in every error.</summary>
    private static class Json
    {
        public static void Object(JsonElement e, string at, params string[] allowed)
        {
            if (e.ValueKind != JsonValueKind.Object)
                throw new InstanceFormatException(at, $"must be an object, found {Kind(e)}");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in e.EnumerateObject())
            {
                if (!allowed.Contains(p.Name, StringComparer.Ordinal))
                    throw new InstanceFormatException(Join(at, p.Name), $"unknown property (expected {string.Join(", ", allowed)})");
                if (!seen.Add(p.Name))
                    throw new InstanceFormatException(Join(at, p.Name), "is given twice");
            }
        }

        public static JsonElement Required(JsonElement obj, string at, string name) =>
            obj.TryGetProperty(name, out var v) ? v : throw new InstanceFormatException(Join(at, name), "is missing");

        public static int Int(JsonElement obj, string at, string name) => IntValue(Required(obj, at, name), Join(at, name));

        public static long Long(JsonElement obj, string at, string name)
        {
            var v = Required(obj, at, name);
            return v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n)
                ? n
                : throw new InstanceFormatException(Join(at, name), $"must be an integer, found {Kind(v)}");
        }

        public static int IntValue(JsonElement v, string at) =>
            v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n)
                ? n
                : throw new InstanceFormatException(at, $"must be an integer, found {Kind(v)}");

        public static string String(JsonElement obj, string at, string name)
        {
            var v = Required(obj, at, name);
            return v.ValueKind == JsonValueKind.String
                ? v.GetString()!
                : throw new InstanceFormatException(Join(at, name), $"must be a string, found {Kind(v)}");
        }

        public static JsonElement.ArrayEnumerator Array(JsonElement obj, string at, string name)
        {
            var v = Required(obj, at, name);
            return v.ValueKind == JsonValueKind.Array
                ? v.EnumerateArray()
                : throw new InstanceFormatException(Join(at, name), $"must be an array, found {Kind(v)}");
        }

        public static string Kind(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => $"the string \"{Shorten(e.GetString()!)}\"",
            JsonValueKind.Number => $"the number {e.GetRawText()}",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => "null",
            _ => "nothing",
        };

        private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

        private static string Join(string at, string name) => at.Length == 0 ? name : $"{at}.{name}";
    }
}
