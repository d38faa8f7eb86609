namespace TalentChain.Optimization.Mentoring;

/// <summary>Consistency checks of a mentoring instance (PLACEHOLDER scaffold; the real checks replace this file).</summary>
public static class MentoringValidation
{
    public static void Validate(MentoringInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < instance.Mentors.Count; i++)
            if (!ids.Add(instance.Mentors[i].Id)) throw new InstanceFormatException($"mentors[{i}].id", $"duplicate mentor id \"{instance.Mentors[i].Id}\"");
        for (var i = 0; i < instance.Candidates.Count; i++)
            if (!ids.Contains(instance.Candidates[i].Mentor)) throw new InstanceFormatException($"candidates[{i}].mentor", $"unknown mentor \"{instance.Candidates[i].Mentor}\"");
    }
}
