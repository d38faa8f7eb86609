using BenchmarkDotNet.Attributes;
using TalentChain.Platform.Spreadsheets;

namespace TalentChain.Benchmarks.Micro;

/// <summary>The directory's XLSX export: a 10,000-row sheet with the employee columns, written to memory.</summary>
[MemoryDiagnoser]
public class XlsxBenchmarks
{
    private static readonly string[] Header =
        ["Employee number", "Family name", "Given name", "Chinese name", "E-mail", "Org unit", "Position", "Hire date", "Track", "Title", "Grade", "Status"];

    private List<IReadOnlyList<object?>> rows = [];

    [Params(10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        rows = new List<IReadOnlyList<object?>>(Rows);
        for (var i = 0; i < Rows; i++)
        {
            rows.Add(new object?[]
            {
                $"E{100_000 + i}", "Wang", "Jianguo", "王建国", $"jianguo.wang.{100_000 + i}@baiyun-re.example", "SEP1-SX",
                "Extraction process engineer", new DateOnly(2012, 3, 1).AddDays(i % 3000), "Technical", "Senior engineer", 1 + i % 20, "Active",
            });
        }
    }

    [Benchmark]
    public long Write10kRows()
    {
        using var stream = new MemoryStream();
        Xlsx.Write(stream, "Employees", Header, rows);
        return stream.Length;
    }
}
