using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TalentChain.Platform;
using TalentChain.Platform.Auth;
using TalentChain.Platform.Data;

// `dotnet ef` calls the factory below; this program itself does nothing.
return 0;

/// <summary>Builds the context for one provider, chosen by `-- --provider Sqlite|Postgres`.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TalentChainDbContext>
{
    public TalentChainDbContext CreateDbContext(string[] args)
    {
        var provider = args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault() == "Postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var options = new DbContextOptionsBuilder<TalentChainDbContext>();
        PlatformSetup.ConfigureDatabase(options, new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.Postgres ? "Host=127.0.0.1;Database=design;Username=design" : "Data Source=:memory:",
        }, Path.GetTempPath());
        return new TalentChainDbContext(options.Options, new DesignUser(), TimeProvider.System);
    }

    private sealed class DesignUser : ICurrentUser
    {
        public string Name => "design";
        public System.Security.Claims.ClaimsPrincipal? Principal => null;
    }
}
