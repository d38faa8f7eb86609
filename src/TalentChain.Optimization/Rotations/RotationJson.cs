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
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true };

    public static RotationInstance ReadInstance(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = StrictJson.Parse(json);
        var root = doc.RootElement;
        StrictJson.Object(root, "", "periods", "rotationsPerParticipant", "minSegments", "hostUnits", "participants");
        var periods = StrictJson.Int32(root, "", "periods");
        var rotations = StrictJson.Int32(root, "", "rotationsPerParticipant");
        var minSegments = StrictJson.Int32(root, "", "minSegments");
        var units = new List<HostUnit>();
        var i = 0;
        foreach (var u in StrictJson.ArrayOf(root, "", "hostUnits").EnumerateArray())
        {
            var at = $"hostUnits[{i++}]";
            StrictJson.Object(u, at, "id", "segment", "capacity");
            var capacity = new List<int>();
            var k = 0;
            foreach (var c in StrictJson.ArrayOf(u, at, "capacity").EnumerateArray())
                capacity.Add(StrictJson.Int32Value(c, $"{at}.capacity[{k++}]"));
            units.Add(new HostUnit(StrictJson.String(u, at, "id"), StrictJson.String(u, at, "segment"), capacity));
        }
        var participants = new List<RotationParticipant>();
        i = 0;
        foreach (var p in StrictJson.ArrayOf(root, "", "participants").EnumerateArray())
        {
            var at = $"participants[{i++}]";
            StrictJson.Object(p, at, "id", "homeUnit", "startPeriod", "preferences");
            var preferences = new Dictionary<string, int>(StringComparer.Ordinal);
            var prefs = StrictJson.Required(p, at, "preferences");
            if (prefs.ValueKind != JsonValueKind.Object)
                throw new InstanceFormatException($"{at}.preferences", $"must be an object mapping host unit ids to scores, found {StrictJson.Kind(prefs)}");
            foreach (var pref in prefs.EnumerateObject())
            {
                var loc = $"{at}.preferences.{pref.Name}";
                if (!preferences.TryAdd(pref.Name, StrictJson.Int32Value(pref.Value, loc)))
                    throw new InstanceFormatException(loc, "is listed twice");
            }
            participants.Add(new RotationParticipant(StrictJson.String(p, at, "id"), StrictJson.String(p, at, "homeUnit"), StrictJson.Int32(p, at, "startPeriod"), preferences));
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
        using var doc = StrictJson.Parse(json);
        var root = doc.RootElement;
        StrictJson.Object(root, "", "plans", "unplaced", "placed", "totalScore", "bound", "gap");
        var plans = new List<RotationPlan>();
        var i = 0;
        foreach (var p in StrictJson.ArrayOf(root, "", "plans").EnumerateArray())
        {
            var at = $"plans[{i++}]";
            StrictJson.Object(p, at, "participant", "rotations");
            var rotations = new List<Rotation>();
            var k = 0;
            foreach (var r in StrictJson.ArrayOf(p, at, "rotations").EnumerateArray())
            {
                var rat = $"{at}.rotations[{k++}]";
                StrictJson.Object(r, rat, "period", "hostUnit");
                rotations.Add(new Rotation(StrictJson.Int32(r, rat, "period"), StrictJson.String(r, rat, "hostUnit")));
            }
            plans.Add(new RotationPlan(StrictJson.String(p, at, "participant"), rotations));
        }
        var unplaced = new List<UnplacedParticipant>();
        i = 0;
        foreach (var u in StrictJson.ArrayOf(root, "", "unplaced").EnumerateArray())
        {
            var at = $"unplaced[{i++}]";
            StrictJson.Object(u, at, "participant", "reason");
            var reason = StrictJson.String(u, at, "reason");
            unplaced.Add(new UnplacedParticipant(StrictJson.String(u, at, "participant"), ReasonCode(reason), reason));
        }
        var placed = StrictJson.Int32(root, "", "placed");
        var totalScore = StrictJson.Int64(root, "", "totalScore");
        var b = StrictJson.Required(root, "", "bound");
        StrictJson.Object(b, "bound", "placed", "totalScore");
        var bound = new Objective(StrictJson.Int64(b, "bound", "placed"), StrictJson.Int64(b, "bound", "totalScore"));
        var gap = StrictJson.Required(root, "", "gap");
        if (gap.ValueKind != JsonValueKind.Number || !gap.TryGetDouble(out var g) || g < 0 || double.IsNaN(g))
            throw new InstanceFormatException("gap", $"must be a number ≥ 0, found {StrictJson.Kind(gap)}");
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
    private static string FormatGap(double gap) => Math.Round(gap, 9).ToString("0.0########", CultureInfo.InvariantCulture);

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
            body(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
