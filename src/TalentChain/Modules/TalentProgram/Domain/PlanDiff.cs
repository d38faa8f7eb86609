using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram.Domain;

/// <summary>One plan item (goal or activity) reduced to comparable fields, for comparing two versions.</summary>
public sealed record PlanItemSnapshot(Guid Key, string Kind, string Title, IReadOnlyDictionary<string, string?> Fields);

public sealed record FieldChange(string Field, string? From, string? To);

public sealed record PlanItemDiff(Guid Key, string Kind, string Title, PlanChangeKind Change, IReadOnlyList<FieldChange> Fields, IReadOnlyList<string> Reasons);

/// <summary>What changed between two versions of a plan, matched by each item's key, with the reasons recorded in between.</summary>
public static class PlanDiff
{
    public static List<PlanItemDiff> Compare(
        IReadOnlyCollection<PlanItemSnapshot> from,
        IReadOnlyCollection<PlanItemSnapshot> to,
        ILookup<Guid, string> reasonsByKey)
    {
        var result = new List<PlanItemDiff>();
        var before = from.ToDictionary(i => i.Key);
        var after = to.ToDictionary(i => i.Key);
        foreach (var item in to)
        {
            var reasons = reasonsByKey[item.Key].ToList();
            if (!before.TryGetValue(item.Key, out var old))
            {
                result.Add(new(item.Key, item.Kind, item.Title, PlanChangeKind.Added, [.. item.Fields.Where(f => f.Value is not null).Select(f => new FieldChange(f.Key, null, f.Value))], reasons));
                continue;
            }
            var changes = item.Fields
                .Where(f => !string.Equals(old.Fields.GetValueOrDefault(f.Key), f.Value, StringComparison.Ordinal))
                .Select(f => new FieldChange(f.Key, old.Fields.GetValueOrDefault(f.Key), f.Value))
                .ToList();
            if (changes.Count > 0) result.Add(new(item.Key, item.Kind, item.Title, PlanChangeKind.Changed, changes, reasons));
        }
        foreach (var item in from.Where(i => !after.ContainsKey(i.Key)))
            result.Add(new(item.Key, item.Kind, item.Title, PlanChangeKind.Removed, [.. item.Fields.Where(f => f.Value is not null).Select(f => new FieldChange(f.Key, f.Value, null))], reasonsByKey[item.Key].ToList()));
        return result;
    }
}
