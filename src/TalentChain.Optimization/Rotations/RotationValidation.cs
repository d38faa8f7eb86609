namespace TalentChain.Optimization.Rotations;

/// <summary>Consistency checks of a rotation instance (PLACEHOLDER scaffold; the real checks replace this file).</summary>
public static class RotationValidation
{
    public static void Validate(RotationInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        for (var i = 0; i < instance.HostUnits.Count; i++)
            if (instance.HostUnits[i].Capacity.Count != instance.Periods)
                throw new InstanceFormatException($"hostUnits[{i}].capacity", $"has {instance.HostUnits[i].Capacity.Count} entries, expected {instance.Periods} (one per period)");
    }
}
