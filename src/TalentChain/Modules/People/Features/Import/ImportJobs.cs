using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Data;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Spreadsheets;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.Import;

/// <summary>An import job as the page, the API and the CLI show it.</summary>
public sealed record ImportJobView(BackgroundJob Job, ImportKind? Kind, ImportSummary? Summary)
{
    public bool Finished => Job.IsFinished;
}

/// <summary>
/// Starts imports as background jobs (page, API) or inline (CLI, sync API), and reads their state and reports.
/// An upload is kept (see <see cref="ImportUploads"/>) only until its job ends.
/// </summary>
public sealed class ImportJobs(
    JobRunner runner,
    TalentChainDbContext db,
    ImportUploads uploads,
    ImportLiveProgress live,
    IStringLocalizer<ImportResource> L)
{
    public const long MaxBytes = 50L * 1024 * 1024;
    /// <summary>The API's ?mode=sync runs inline only up to this size; larger files still become a job.</summary>
    public const long MaxSyncBytes = 2L * 1024 * 1024;
    public const string JobKindPrefix = "import:";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Checks the upload (kind, presence, size); throws <see cref="ValidationFailedException"/> with field "file" or "kind".</summary>
    public ImportKind CheckUpload(string? kind, string? fileName, long length)
    {
        var errors = new FieldErrors();
        if (!ImportFormats.TryParseKind(kind, out var parsed))
            errors.Add("kind", L["Import.Error.Kind", string.Join(", ", ImportFormats.All.Select(ImportFormats.Slug))]);
        if (string.IsNullOrEmpty(fileName))
            errors.Add("file", L["Import.Error.NoFile"]);
        else if (length > MaxBytes) errors.Add("file", L["Import.Error.TooLarge", MaxBytes / (1024 * 1024)]);
        errors.ThrowIfAny(L["Import.Invalid"]);
        return parsed;
    }

    /// <summary>Stores the upload (in the database: any node may run the job) and queues the import; returns at once with the job id.</summary>
    public async Task<Guid> EnqueueAsync(ImportKind kind, string fileName, Stream content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var id = Guid.NewGuid();
        var name = FileNames.SafeBaseName(fileName);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        await uploads.SaveAsync(id, buffer.ToArray(), ct);
        try
        {
            return await runner.EnqueueAsync(JobKindPrefix + ImportFormats.Slug(kind), name, new JobOptions(Id: id),
                JsonSerializer.Serialize(new ImportJobWork.Arguments(ImportFormats.Slug(kind), name), Json), ct);
        }
        catch
        {
            await uploads.DeleteAsync(id);
            throw;
        }
    }

    /// <summary>Runs the import on the caller (CLI, sync API) with the same job row, progress and result.</summary>
    public Task<BackgroundJob> RunInlineAsync(ImportKind kind, string fileName, byte[] content, Action<string, int, int>? onProgress = null, CancellationToken ct = default) =>
        runner.RunInlineAsync(JobKindPrefix + ImportFormats.Slug(kind), FileNames.SafeBaseName(fileName), (services, progress, jobCt) =>
            RunAsync(services, kind, FileNames.SafeBaseName(fileName), content, onProgress is null ? progress : new EchoProgress(progress, onProgress), jobCt), ct);

    internal static async Task<JobOutcome> RunAsync(IServiceProvider services, ImportKind kind, string fileName, byte[] content, IJobProgress progress, CancellationToken ct)
    {
        var summary = await services.GetRequiredService<ImportHandler>().ImportAsync(kind, fileName, content, progress, ct);
        return new JobOutcome(summary.Succeeded, JsonSerializer.Serialize(summary, Json));
    }

    internal sealed class EchoProgress(IJobProgress inner, Action<string, int, int> echo) : IJobProgress
    {
        public Guid JobId => inner.JobId;

        public void PauseHeartbeat(bool paused) => inner.PauseHeartbeat(paused);

        public void EchoOnly(string phase, int done, int total) => echo(phase, done, total);

        public void Post(string phase, int done, int total, string? detailJson)
        {
            echo(phase, done, total);
            inner.Post(phase, done, total, detailJson);
        }

        public async Task ReportAsync(string phase, int done, int total, CancellationToken ct = default)
        {
            echo(phase, done, total);
            await inner.ReportAsync(phase, done, total, ct);
        }
    }

    public async Task<ImportJobView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var job = await db.BackgroundJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.Kind.StartsWith(JobKindPrefix), ct);
        return job is null ? null : View(live.Apply(job));
    }

    public static ImportJobView View(BackgroundJob job)
    {
        ImportKind? kind = ImportFormats.TryParseKind(job.Kind[JobKindPrefix.Length..], out var k) ? k : null;
        var summary = string.IsNullOrEmpty(job.ResultJson) ? null : JsonSerializer.Deserialize<ImportSummary>(job.ResultJson, Json);
        return new ImportJobView(job, kind, summary);
    }

    public async Task<List<ImportJobView>> RecentAsync(int count = 15, CancellationToken ct = default)
    {
        var jobs = await db.BackgroundJobs.AsNoTracking().Where(j => j.Kind.StartsWith(JobKindPrefix))
            .OrderByDescending(j => j.CreatedAt).Take(count).ToListAsync(ct);
        // The report itself is not needed in the list; keep only the counts.
        return jobs.Select(live.Apply).Select(View).Select(v => v with { Summary = v.Summary is null ? null : v.Summary with { Errors = [] } }).ToList();
    }

    /// <summary>A problem's message in the reader's language (stored as key + arguments, localised when shown).</summary>
    public string Message(ImportError e) => L[e.Key, [.. e.Args]];

    public string KindName(ImportKind kind) => kind switch
    {
        ImportKind.OrgUnits => L["Import.Kind.OrgUnits"],
        ImportKind.Employees => L["Import.Kind.Employees"],
        ImportKind.Skills => L["Import.Kind.Skills"],
        _ => L["Import.Kind.Taxonomy"],
    };

    public string PhaseText(string? phase, IStringLocalizer<SharedResource> shared) =>
        phase is null ? "" : phase.StartsWith("Import.", StringComparison.Ordinal) ? L[phase] : shared[phase];

    private string[] ReportHeader() => [L["Import.Report.Row"], L["Import.Report.Column"], L["Import.Report.Value"], L["Import.Report.Message"]];

    private IEnumerable<IReadOnlyList<object?>> ReportRows(ImportSummary summary) =>
        summary.Errors.Select(e => (IReadOnlyList<object?>)[e.Row == 0 ? null : e.Row, e.Column, e.Value, Message(e)]);

    /// <summary>The row-level report as a download: CSV (UTF-8 with BOM) or XLSX.</summary>
    public async Task<(byte[] Content, string ContentType, string FileName)> ReportAsync(ImportSummary summary, string? format, CancellationToken ct = default)
    {
        var baseName = Path.GetFileNameWithoutExtension(summary.FileName) + "-report";
        using var buffer = new MemoryStream();
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            Xlsx.Write(buffer, L["Import.Report.Sheet"], ReportHeader(), ReportRows(summary));
            return (buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", baseName + ".xlsx");
        }
        await Csv.WriteAsync(buffer, ReportHeader(), ReportRows(summary), ct);
        return (buffer.ToArray(), "text/csv; charset=utf-8", baseName + ".csv");
    }

    /// <summary>A header-only CSV in the exact format the import expects.</summary>
    public static async Task<byte[]> TemplateAsync(ImportKind kind, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        await Csv.WriteAsync(buffer, ImportFormats.AllColumns(kind), [], ct);
        return buffer.ToArray();
    }
}

/// <summary>A queued import (kinds <c>import:{kind}</c>): reads its upload from the database, imports it, deletes the upload.</summary>
public sealed class ImportJobWork(IServiceProvider services, ImportUploads uploads) : IJobWork
{
    public sealed record Arguments(string Kind, string FileName);

    public async Task<JobOutcome> RunAsync(string argumentsJson, IJobProgress progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        try
        {
            var args = JsonSerializer.Deserialize<Arguments>(argumentsJson, ImportJobs.Json) ?? throw new InvalidOperationException("Import job without arguments.");
            if (!ImportFormats.TryParseKind(args.Kind, out var kind)) throw new InvalidOperationException($"Unknown import kind '{args.Kind}'.");
            var bytes = await uploads.ReadAsync(progress.JobId, ct) ?? throw new InvalidOperationException($"The upload of import job {progress.JobId} is gone.");
            return await ImportJobs.RunAsync(services, kind, args.FileName, bytes, progress, ct);
        }
        finally
        {
            await uploads.DeleteAsync(progress.JobId);
        }
    }
}
