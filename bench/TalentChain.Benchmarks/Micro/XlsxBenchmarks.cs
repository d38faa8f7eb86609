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

    /// <summary>The sheet's rows, generated lazily (as the export streams them from the database).</summary>
    public static IEnumerable<IReadOnlyList<object?>> Rows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new object?[]
            {
                $"E{100_000 + i}", "Wang", "Jianguo", "王建国", $"jianguo.wang.{100_000 + i}@baiyun-re.example", "SEP1-SX",
                "Extraction process engineer", new DateOnly(2012, 3, 1).AddDays(i % 3000), "Technical", "Senior engineer", 1 + i % 20, "Active",
            };
        }
    }

    /// <summary>
    /// Writes <paramref name="count"/> rows to a file and reports the process's peak working set and allocations:
    /// whether a large export really stays flat in memory (BenchmarkDotNet measures time and allocations, not peak memory).
    /// </summary>
    public static string MeasureMemory(int count, string path, bool forwardOnly)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        using (var file = File.Create(path))
        using (Stream target = forwardOnly ? new ForwardOnlyStream(file) : file)
            Xlsx.Write(target, "Employees", Header, Rows(count));
        sw.Stop();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"xlsx rows={count} forward_only={forwardOnly} seconds={sw.Elapsed.TotalSeconds:F2} file_mb={new FileInfo(path).Length / 1048576.0:F1} " +
            $"allocated_mb={(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:F0} peak_working_set_mb={process.PeakWorkingSet64 / 1048576.0:F0}");
    }

    [Params(10_000)]
    public int RowCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        rows = [.. Rows(RowCount)];
    }

    [Benchmark]
    public long Write10kRows()
    {
        using var stream = new MemoryStream();
        Xlsx.Write(stream, "Employees", Header, rows);
        return stream.Length;
    }
}

/// <summary>A write-only, non-seekable view of a stream, like an HTTP response body.</summary>
internal sealed class ForwardOnlyStream(Stream inner) : Stream
{
    private long position;
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => position; set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count)
    {
        inner.Write(buffer, offset, count);
        position += count;
    }
}
