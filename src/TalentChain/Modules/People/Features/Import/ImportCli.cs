using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Localization;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Jobs;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.People.Features.Import;

/// <summary>
/// <c>import &lt;kind&gt; &lt;file&gt;</c>: runs the same import as the page and the API, inline, printing progress and the
/// summary — or the row-level report, exiting 1.
/// </summary>
public static class ImportCli
{
    public static Command Create(Func<WebApplication> app)
    {
        var kind = new Argument<string>("kind") { Description = "org-units | employees | skills | taxonomy" };
        var file = new Argument<string>("file") { Description = "A UTF-8 CSV or an XLSX file (first sheet) with the kind's header row." };
        var command = new Command("import", "Import org units, employees, skill records or taxonomy from CSV/XLSX (all-or-nothing).") { kind, file };
        command.SetAction(async (r, ct) =>
        {
            using var scope = app().Services.CreateScope();
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>(), ct);
            return await RunAsync(scope.ServiceProvider, r.GetValue(kind)!, r.GetValue(file)!, Console.Out, Console.Error, ct);
        });
        return command;
    }

    /// <summary>The verb's body, callable from tests with the app's services.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string kind, string path, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var imports = services.GetRequiredService<ImportJobs>();
        var L = services.GetRequiredService<IStringLocalizer<ImportResource>>();
        var shared = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (!File.Exists(path))
        {
            await error.WriteLineAsync(L["Import.Cli.NoSuchFile", path]);
            return 2;
        }
        ImportKind parsed;
        try
        {
            parsed = imports.CheckUpload(kind, path, new FileInfo(path).Length);
        }
        catch (Platform.Web.ValidationFailedException ex)
        {
            foreach (var m in ex.Errors.Values.SelectMany(v => v)) await error.WriteLineAsync(m);
            return 2;
        }

        var bytes = await File.ReadAllBytesAsync(path, ct);
        string? lastLine = null;
        void Echo(string phase, int done, int total)
        {
            var percent = total <= 0 ? 0 : (int)(done * 100L / total);
            var line = string.Create(CultureInfo.InvariantCulture, $"{imports.PhaseText(phase, shared)} {percent / 10 * 10}%");
            if (line == lastLine) return;
            lastLine = line;
            output.WriteLine(line);
        }

        using var actor = HttpCurrentUser.ActAs("cli:import");
        var job = await imports.RunInlineAsync(parsed, path, bytes, Echo, ct);
        var view = ImportJobs.View(job);
        if (view.Summary is { Succeeded: true } s)
        {
            await output.WriteLineAsync(L["Import.Cli.Done", s.Rows, s.Inserted, s.Updated, s.Unchanged]);
            return 0;
        }
        if (view.Summary is { } failed)
        {
            await error.WriteLineAsync(L["Import.Failed", failed.ErrorCount]);
            await error.WriteLineAsync(string.Join('\t', L["Import.Report.Row"], L["Import.Report.Column"], L["Import.Report.Value"], L["Import.Report.Message"]));
            foreach (var e in failed.Errors)
                await error.WriteLineAsync(string.Join('\t', e.Row == 0 ? "—" : e.Row.ToString(CultureInfo.InvariantCulture), e.Column ?? "", e.Value ?? "", imports.Message(e)));
            return 1;
        }
        await error.WriteLineAsync(JobErrors.Text(job.Error, shared) ?? L["Import.Failed", 0]);
        return 1;
    }
}
