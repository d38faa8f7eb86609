namespace TalentChain.Tests.Infrastructure;

public static class Repository
{
    /// <summary>The checkout's root (where TalentChain.slnx is), for tests that read the source tree.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TalentChain.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
