using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Web;

namespace TalentChain.Modules.People.Features.Import;

public sealed record ImportProblem(int Row, string? Column, string? Value, string Message, string Code);

public sealed record ImportResultResponse(bool Succeeded, int Rows, int Inserted, int Updated, int Unchanged, int ErrorCount, IReadOnlyList<ImportProblem> Errors);

public sealed record ImportJobResponse(
    Guid Id, string Kind, string FileName, string Status, string? Phase, string PhaseText, int Done, int Total, int Percent,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, string? Error, ImportResultResponse? Result,
    string ReportCsv, string ReportXlsx);

/// <summary>The import API (<c>/api/v1/imports</c>) and the downloads the import page links to.</summary>
public static class ImportEndpoints
{
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddScoped<ImportHandler>();
        services.AddScoped<IImportKind, ImportOrgUnits.ImportOrgUnits>();
        services.AddScoped<IImportKind, ImportTaxonomy.ImportTaxonomy>();
        services.AddScoped<IImportKind, ImportEmployees.ImportEmployees>();
        services.AddScoped<IImportKind, ImportSkillRecords.ImportSkillRecords>();
        services.AddScoped<ImportJobs>();
        services.AddSingleton<ImportUploads>();
        services.AddOptions<ImportUploadOptions>().BindConfiguration(ImportUploadOptions.Section);
        services.AddPeriodicTask<ImportUploadSweepTask>();
        foreach (var kind in ImportFormats.All) services.AddJobWork<ImportJobWork>(ImportJobs.JobKindPrefix + ImportFormats.Slug(kind));
        services.AddSingleton<ImportLiveProgress>();
        return services;
    }

    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/imports").WithTags("Imports").RequireAuthorization(Policies.Import);

        api.MapPost("/{kind}", async Task<Results<Accepted<ImportJobResponse>, Ok<ImportJobResponse>>> (
            string kind, string? mode, HttpContext http, IAntiforgery antiforgery, ImportJobs imports,
            IStringLocalizer<SharedResource> shared, IStringLocalizer<ImportResource> L, CancellationToken ct) =>
        {
            // A browser's cookie must not be enough to post here from another site; scripts use a bearer token.
            if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                await antiforgery.ValidateRequestAsync(http);
            IFormFile? file = null;
            if (http.Request.HasFormContentType)
            {
                var form = await http.Request.ReadFormAsync(ct);
                file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
            }
            var parsed = imports.CheckUpload(kind, file?.FileName, file?.Length ?? 0);
            await using var stream = file!.OpenReadStream();
            if (string.Equals(mode, "sync", StringComparison.OrdinalIgnoreCase) && file.Length <= ImportJobs.MaxSyncBytes)
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                var job = await imports.RunInlineAsync(parsed, file.FileName, buffer.ToArray(), ct: ct);
                return TypedResults.Ok(Response(ImportJobs.View(job), imports, shared));
            }
            var id = await imports.EnqueueAsync(parsed, file.FileName, stream, ct);
            var view = await imports.GetAsync(id, ct);
            return TypedResults.Accepted($"/api/v1/imports/jobs/{id}", Response(view!, imports, shared));
        })
        .DisableAntiforgery()
        .Accepts<IFormFile>("multipart/form-data")
        .WithMetadata(new UploadLimitAttribute(ImportJobs.MaxBytes))
        .WithFormOptions(multipartBodyLengthLimit: ImportJobs.MaxBytes + UploadLimitAttribute.FormOverhead)
        .ProducesValidationProblem()
        .WithName("StartImport")
        .WithSummary("Import a CSV or XLSX file (multipart field \"file\") of org-units, employees, skills or taxonomy. 202 with the job; ?mode=sync runs small files inline.");

        api.MapGet("/jobs/{id:guid}", async Task<Results<Ok<ImportJobResponse>, NotFound>> (Guid id, ImportJobs imports, IStringLocalizer<SharedResource> shared, CancellationToken ct) =>
            await imports.GetAsync(id, ct) is { } view ? TypedResults.Ok(Response(view, imports, shared)) : TypedResults.NotFound())
            .WithName("GetImportJob").WithSummary("An import job's status, progress and result (counts, or the row-level errors).");

        api.MapGet("/jobs/{id:guid}/report", Report).WithName("GetImportReport").WithSummary("The row-level report as CSV or XLSX (?format=csv|xlsx).");
        api.MapGet("/templates/{kind}", Template).WithName("GetImportTemplate").WithSummary("A header-only CSV template for the kind.");

        // The same downloads for the page (cookie-authenticated, same policy).
        var page = app.MapGroup("/imports").RequireAuthorization(Policies.Import).ExcludeFromDescription();
        page.MapGet("/jobs/{id:guid}/report", Report);
        page.MapGet("/templates/{kind}", Template);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Report(Guid id, string? format, ImportJobs imports, CancellationToken ct)
    {
        if (await imports.GetAsync(id, ct) is not { Summary: { } summary }) return TypedResults.NotFound();
        var (content, type, name) = await imports.ReportAsync(summary, format, ct);
        return TypedResults.File(content, type, name);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Template(string kind, CancellationToken ct)
    {
        if (!ImportFormats.TryParseKind(kind.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? kind[..^4] : kind, out var parsed)) return TypedResults.NotFound();
        return TypedResults.File(await ImportJobs.TemplateAsync(parsed, ct), "text/csv; charset=utf-8", ImportFormats.Slug(parsed) + "-template.csv");
    }

    internal static ImportJobResponse Response(ImportJobView view, ImportJobs imports, IStringLocalizer<SharedResource> shared)
    {
        var j = view.Job;
        var s = view.Summary;
        var result = s is null ? null : new ImportResultResponse(s.Succeeded, s.Rows, s.Inserted, s.Updated, s.Unchanged, s.ErrorCount,
            s.Errors.Select(e => new ImportProblem(e.Row, e.Column, e.Value, imports.Message(e), e.Key)).ToList());
        return new ImportJobResponse(j.Id, view.Kind is { } k ? ImportFormats.Slug(k) : j.Kind, j.Title,
            j.Status switch { JobStatus.Queued => "queued", JobStatus.Running => "running", JobStatus.Succeeded => "succeeded", JobStatus.Interrupted => "interrupted", _ => "failed" },
            j.Phase, imports.PhaseText(j.Phase, shared), j.Done, j.Total, j.Percent, j.CreatedBy, j.CreatedAt, j.FinishedAt, JobErrors.Text(j.Error, shared), result,
            $"/api/v1/imports/jobs/{j.Id}/report?format=csv", $"/api/v1/imports/jobs/{j.Id}/report?format=xlsx");
    }
}
