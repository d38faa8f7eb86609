using System.Globalization;

namespace TalentChain.Optimization.Mentoring;

/// <summary>
/// Writes a round as a CPLEX-LP integer program for external reference solvers (CBC, GLPK, HiGHS). One binary variable
/// <c>x{i}</c> per candidate i (input order); a single weighted objective maximise Σ (W + score)·x with
/// W = 1 + Σ over slots of the slot's best score, large enough that one more filled slot outweighs any score, so the
/// optimum is the lexicographic one. Constraints: one mentor per slot, per-role and total capacity, and one role per
/// (participant, mentor) pair.
/// </summary>
public static class MentoringLp
{
    public static void Write(MentoringInstance instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(writer);
        MentoringValidation.Validate(instance);
        var candidates = instance.Candidates;
        var weight = SlotWeight(instance);
        writer.WriteLine(@"\ TalentChain 1+1+1 mentoring round: maximise (W + score) per assignment, W = " + weight.ToString(CultureInfo.InvariantCulture));
        writer.WriteLine("Maximize");
        writer.Write(" obj:");
        Terms(writer, Enumerable.Range(0, candidates.Count).Select(i => (weight + candidates[i].Score, i)));
        writer.WriteLine("Subject To");
        var row = 0;
        void Row(string prefix, IEnumerable<int> vars, long rhs)
        {
            var list = vars.ToList();
            if (list.Count == 0) return;
            writer.Write(string.Create(CultureInfo.InvariantCulture, $" {prefix}{row++}:"));
            Terms(writer, list.Select(i => (1L, i)), $" <= {rhs.ToString(CultureInfo.InvariantCulture)}");
        }
        var indexed = candidates.Select((c, i) => (c, i)).ToList();
        foreach (var slot in indexed.GroupBy(x => (x.c.Participant, x.c.Role)))
            Row("slot", slot.Select(x => x.i), 1);
        var byMentor = indexed.ToLookup(x => x.c.Mentor, StringComparer.Ordinal);
        foreach (var m in instance.Mentors)
        {
            foreach (var role in MentoringValidation.Roles)
            {
                var vars = byMentor[m.Id].Where(x => x.c.Role == role).Select(x => x.i).ToList();
                if (vars.Count > m.Capacity[role]) Row("role", vars, m.Capacity[role]);
            }
            var all = byMentor[m.Id].Select(x => x.i).ToList();
            if (all.Count > m.TotalCapacity) Row("total", all, m.TotalCapacity);
        }
        foreach (var pair in indexed.GroupBy(x => (x.c.Participant, x.c.Mentor)))
            if (pair.Count() > 1) Row("pair", pair.Select(x => x.i), 1);
        writer.WriteLine("Binary");
        for (var i = 0; i < candidates.Count; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $" x{i}"));
            if (i % 16 == 15 || i == candidates.Count - 1) writer.WriteLine();
        }
        writer.WriteLine("End");
    }

    /// <summary>W of the weighted objective: 1 + the largest total score any matching can have.</summary>
    public static long SlotWeight(MentoringInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return 1 + instance.Candidates.GroupBy(c => (c.Participant, c.Role)).Sum(g => (long)g.Max(c => c.Score));
    }

    // Short lines: some LP readers limit the line length.
    private static void Terms(TextWriter writer, IEnumerable<(long Coefficient, int Var)> terms, string suffix = "")
    {
        var n = 0;
        foreach (var (coefficient, v) in terms)
        {
            if (n > 0 && n % 8 == 0) writer.Write("\n   ");
            writer.Write(string.Create(CultureInfo.InvariantCulture, $" {(n == 0 ? "" : "+ ")}{coefficient} x{v}"));
            n++;
        }
        if (n == 0) writer.Write(" 0 x0");
        writer.WriteLine(suffix);
    }
}
