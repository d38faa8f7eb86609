using System.CommandLine;
using System.Globalization;
using TalentChain.Modules.TalentProgram.Features.Reviews;
using TalentChain.Platform.Data;

using TalentChain.Modules.TalentProgram.Domain;

using TalentChain.Modules.TalentProgram.Contracts;
namespace TalentChain.Modules.TalentProgram;

/// <summary><c>program overdue</c> lists overdue reviews; reminders run as the periodic task program-review-reminders (<c>jobs run program-review-reminders</c>).</summary>
public static class ProgramCli
{
    public static Command Create(Func<WebApplication> app)
    {
        var overdue = new Command("overdue", "List overdue development reviews (participant, cohort, review number, due date, days late).");
        overdue.SetAction(async (_, ct) =>
        {
            using var scope = app().Services.CreateScope();
            await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<TalentChainDbContext>(), ct);
            return await OverdueAsync(scope.ServiceProvider, Console.Out, ct);
        });
        return new Command("program", "Talent program: reviews and reminders.") { overdue };
    }

    public static async Task<int> OverdueAsync(IServiceProvider services, TextWriter output, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<TalentChainDbContext>();
        var rows = await services.GetRequiredService<ReviewHandlers>().DueAsync(db.Participants, overdueOnly: true, ct: ct);
        foreach (var r in rows)
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{r.Name}\t{r.Cohort}\t#{r.Sequence}\t{r.DueDate:yyyy-MM-dd}\t{r.DaysLate}"));
        return 0;
    }
}
