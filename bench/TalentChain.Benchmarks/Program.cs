using System.CommandLine;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TalentChain.Benchmarks;

// generate: the import benchmark's CSV files.  micro [BenchmarkDotNet args]: the micro-benchmarks (ShortRun, in process).
if (args.Length > 0 && args[0] == "micro")
{
    // In-process: no generated project to build per benchmark (2 shared cores), and no dependency on
    // BenchmarkDotNet knowing the runtime moniker of this .NET version.
    var config = DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableLogFile);
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(DataGenerator).Assembly).Run(args[1..], config);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}

var employees = new Option<int>("--employees") { Description = "Number of employee rows (at least the number of org units).", DefaultValueFactory = _ => 100_000 };
var seed = new Option<int>("--seed") { Description = "Random seed; the same seed writes the same files.", DefaultValueFactory = _ => 1 };
var output = new Option<string>("--out") { Description = "Directory to write org-units.csv and employees.csv into.", Required = true };
var generate = new Command("generate", "Write org-units.csv and employees.csv for the import benchmark.") { employees, seed, output };
generate.SetAction(r =>
{
    var sw = System.Diagnostics.Stopwatch.StartNew();
    var (units, people) = DataGenerator.Write(r.GetValue(output)!, r.GetValue(employees), r.GetValue(seed));
    Console.WriteLine($"Wrote {units} org units and {people} employees to {r.GetValue(output)} in {sw.Elapsed.TotalSeconds:F1} s.");
    return 0;
});
// xlsx-memory: one export-sized XLSX write in a fresh process, reporting peak working set (run once per size).
var xlsxRows = new Option<int>("--rows") { Description = "Rows to write.", DefaultValueFactory = _ => 100_000 };
var forwardOnly = new Option<bool>("--forward-only") { Description = "Write through a non-seekable, write-only stream (like an HTTP response body)." };
var xlsxMemory = new Command("xlsx-memory", "Write one XLSX of N employee rows to a temporary file; print time, allocations and peak working set.") { xlsxRows, forwardOnly };
xlsxMemory.SetAction(r =>
{
    var path = Path.Combine(Path.GetTempPath(), $"talentchain-bench-{Environment.ProcessId}.xlsx");
    try
    {
        Console.WriteLine(TalentChain.Benchmarks.Micro.XlsxBenchmarks.MeasureMemory(r.GetValue(xlsxRows), path, r.GetValue(forwardOnly)));
        return 0;
    }
    catch (ArgumentException ex)
    {
        // DocumentFormat.OpenXml 2.20 opens every package in zip "update" mode, which needs a seekable, readable stream.
        Console.WriteLine($"xlsx rows={r.GetValue(xlsxRows)} forward_only={r.GetValue(forwardOnly)} failed: {ex.Message}");
        return 1;
    }
    finally
    {
        File.Delete(path);
    }
});
// xlsx-import-file / xlsx-read: peak memory of reading an uploaded employees workbook (one read per process).
var importRows = new Option<int>("--employees") { Description = "Employee rows in the workbook.", DefaultValueFactory = _ => 100_000 };
var importOut = new Option<string>("--out") { Description = "Directory to write employees-N.xlsx into.", Required = true };
var importSeed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
var xlsxImportFile = new Command("xlsx-import-file", "Write an employees workbook of N rows in the import's format; print its path.") { importRows, importOut, importSeed };
xlsxImportFile.SetAction(r =>
{
    var (path, bytes) = XlsxImportMemory.WriteFile(r.GetValue(importOut)!, r.GetValue(importRows), r.GetValue(importSeed));
    Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path} {bytes / 1048576.0:F1} MB"));
    return 0;
});
var readFile = new Option<string>("--file") { Description = "The workbook to read.", Required = true };
var reader = new Option<string>("--reader") { Description = "import (the import's read phase), stream (the reader alone) or dom (the SDK's document tree).", DefaultValueFactory = _ => "import" };
var xlsxRead = new Command("xlsx-read", "Read one workbook in this process; print time, allocations and peak working set.") { readFile, reader };
xlsxRead.SetAction(r =>
{
    Console.WriteLine(XlsxImportMemory.Measure(r.GetValue(readFile)!, r.GetValue(reader)!));
    return 0;
});
var root = new RootCommand("TalentChain benchmarks. Verbs: generate, micro (BenchmarkDotNet; e.g. micro --filter '*').") { generate, xlsxMemory, xlsxImportFile, xlsxRead };
root.Subcommands.Add(new Command("micro", "Run the BenchmarkDotNet micro-benchmarks; remaining arguments go to BenchmarkDotNet (e.g. --filter '*')."));
return await root.Parse(args).InvokeAsync();
