using System.Text.Json;

namespace TalentChain.Optimization.Rotations;

/// <summary>
/// Reads and writes the rotations interchange format exactly (docs/optimization/rotations.md).
/// PLACEHOLDER (scaffold): minimal parsing; the real codec with precise errors replaces this file.
/// </summary>
public static class RotationJson
{
    public static RotationInstance ReadInstance(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        var units = r.GetProperty("hostUnits").EnumerateArray().Select(u => new HostUnit(u.GetProperty("id").GetString()!, u.GetProperty("segment").GetString()!,
            u.GetProperty("capacity").EnumerateArray().Select(c => c.GetInt32()).ToList())).ToList();
        var participants = r.GetProperty("participants").EnumerateArray().Select(p => new RotationParticipant(p.GetProperty("id").GetString()!, p.GetProperty("homeUnit").GetString()!,
            p.GetProperty("startPeriod").GetInt32(), p.GetProperty("preferences").EnumerateObject().ToDictionary(x => x.Name, x => x.Value.GetInt32(), StringComparer.Ordinal))).ToList();
        var instance = new RotationInstance(r.GetProperty("periods").GetInt32(), r.GetProperty("rotationsPerParticipant").GetInt32(), r.GetProperty("minSegments").GetInt32(), units, participants);
        RotationValidation.Validate(instance);
        return instance;
    }

    public static string WriteInstance(RotationInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return JsonSerializer.Serialize(new
        {
            periods = instance.Periods,
            rotationsPerParticipant = instance.RotationsPerParticipant,
            minSegments = instance.MinSegments,
            hostUnits = instance.HostUnits.Select(u => new { id = u.Id, segment = u.Segment, capacity = u.Capacity }),
            participants = instance.Participants.Select(p => new { id = p.Id, homeUnit = p.HomeUnit, startPeriod = p.StartPeriod, preferences = p.Preferences }),
        });
    }

    public static RotationResult ReadResult(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        var plans = r.GetProperty("plans").EnumerateArray().Select(p => new RotationPlan(p.GetProperty("participant").GetString()!,
            p.GetProperty("rotations").EnumerateArray().Select(x => new Rotation(x.GetProperty("period").GetInt32(), x.GetProperty("hostUnit").GetString()!)).ToList())).ToList();
        var unplaced = r.GetProperty("unplaced").EnumerateArray().Select(u => new UnplacedParticipant(u.GetProperty("participant").GetString()!, UnplacedReason.NoCapacity, u.GetProperty("reason").GetString()!)).ToList();
        var b = r.GetProperty("bound");
        var bound = new Objective(b.GetProperty("placed").GetInt64(), b.GetProperty("totalScore").GetInt64());
        return new RotationResult(plans, unplaced, r.GetProperty("placed").GetInt32(), r.GetProperty("totalScore").GetInt64(), bound, false);
    }

    public static string WriteResult(RotationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(new
        {
            plans = result.Plans.Select(p => new { participant = p.Participant, rotations = p.Rotations.Select(x => new { period = x.Period, hostUnit = x.HostUnit }) }),
            unplaced = result.Unplaced.Select(u => new { participant = u.Participant, reason = u.Reason }),
            placed = result.Placed,
            totalScore = result.TotalScore,
            bound = new { placed = result.Bound.Count, totalScore = result.Bound.Score },
            gap = result.Gap,
        });
    }
}
