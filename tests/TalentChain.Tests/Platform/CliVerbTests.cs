using TalentChain.Platform.Cli;

namespace TalentChain.Tests.Platform;

/// <summary>One executable: a known verb runs the CLI, anything else starts the web app.</summary>
public sealed class CliVerbTests
{
    [Theory]
    [InlineData("migrate")]
    [InlineData("jobs")]
    [InlineData("import")]
    [InlineData("program")]
    [InlineData("knowledge")]
    [InlineData("exports")]
    public void Cli_ModuleAndPlatformVerbs_RunTheCli(string verb) => Assert.True(CliVerbs.IsVerb([verb, "--help"]));

    [Theory]
    [InlineData("--urls")]
    [InlineData("serve")]
    public void Cli_OtherArguments_StartTheWebApp(string arg) => Assert.False(CliVerbs.IsVerb([arg, "http://127.0.0.1:5080"]));
}
