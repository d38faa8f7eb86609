using BenchmarkDotNet.Attributes;
using TalentChain.Platform.Audit;
using TalentChain.Platform.Data;

namespace TalentChain.Benchmarks.Micro;

/// <summary>
/// Every audited SaveChanges hashes each new audit row, and <c>audit verify</c> re-hashes the whole log:
/// this is the per-row cost of both. An import of 100,000 employees appends at least 100,000 rows.
/// </summary>
[MemoryDiagnoser]
public class AuditChainBenchmarks
{
    private AuditEntry[] entries = [];

    [Params(10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var at = AuditChain.Truncate(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        entries = new AuditEntry[Rows];
        for (var i = 0; i < Rows; i++)
        {
            entries[i] = new AuditEntry
            {
                At = at.AddMilliseconds(i),
                UserName = "admin@talentchain.demo",
                Action = AuditAction.Update,
                Entity = "Employee",
                EntityKey = (100_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Changes = """{"Position":["SX operator","Extraction process engineer"],"Title":["AssistantEngineer","Engineer"],"Grade":["7","9"]}""",
                PreviousHash = AuditChain.Genesis,
                Hash = "",
            };
        }
    }

    /// <summary>Hash a chain of <see cref="Rows"/> rows, each linked to the previous one (what verify does).</summary>
    [Benchmark]
    public string HashChain()
    {
        var previous = AuditChain.Genesis;
        foreach (var e in entries)
        {
            e.PreviousHash = previous;
            previous = AuditChain.ComputeHash(e);
        }
        return previous;
    }
}
