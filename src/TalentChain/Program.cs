using TalentChain;
using TalentChain.Platform.Cli;

// One executable: the web app, or a CLI verb (migrate, seed, import, audit verify, users create-admin).
if (CliVerbs.IsVerb(args))
{
    return await CliVerbs.RunAsync(args);
}

var app = TalentChainApp.Build(args);
await app.PrepareDatabaseAsync();
await app.StartAsync();
app.PrintWelcome();
await app.WaitForShutdownAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
