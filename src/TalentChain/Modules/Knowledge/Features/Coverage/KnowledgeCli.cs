using System.CommandLine;
using System.Globalization;
using TalentChain.Platform.Data;

namespace TalentChain.Modules.Knowledge.Features.Coverage;

/// <summary><c>knowledge coverage</c>: recomputes the coverage index and prints it (flagged technologies marked with !).</summary>
public static class KnowledgeCli
{
    public static Command Create(Func<WebApplication> app)
    {
        var coverage = new Command("coverage", "Recompute and print the coverage index of the critical technologies.");
        coverage.SetAction(async (_, ct) =>
        {
            using var scope = app().Services.CreateScope();
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>(), ct);
            return await RunAsync(scope.ServiceProvider, Console.Out, ct);
        });
        return new Command("knowledge", "Knowledge continuity.") { coverage };
    }

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct = default)
    {
        var service = services.GetRequiredService<CoverageService>();
        await service.RecomputeAsync(ct);
        var index = await service.GetAsync(ct);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{"",1} {"code",-20} {"holders",7} {"effective",9} {"coverage",8} {"after",7}"));
        foreach (var r in index.Rows)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{(r.Flagged || r.FlaggedAfterDepartures ? "!" : " "),1} {r.Code,-20} {r.Holders,7} {r.EffectiveHolders,9:0.000} {r.Coverage,8:0.00} {r.CoverageAfterDepartures,7:0.00}"));
        }
        return 0;
    }
}
