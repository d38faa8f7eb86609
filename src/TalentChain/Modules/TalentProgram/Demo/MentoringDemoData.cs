using TalentChain.Platform.Demo;

namespace TalentChain.Modules.TalentProgram.Demo;

internal sealed class MentoringDemoData : IDemoDataContributor
{
    public int Order => 310;
    public Task SeedAsync(DemoRun run, CancellationToken ct) => Task.CompletedTask;
}
