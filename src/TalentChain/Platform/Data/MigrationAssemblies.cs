using System.Reflection;
using System.Runtime.Loader;

namespace TalentChain.Platform.Data;

/// <summary>
/// The migrations projects reference this assembly, so this one cannot reference them; the build copies them
/// beside the app (see TalentChain.csproj and docs/adr/0002) and this resolver loads them by name.
/// </summary>
internal static class MigrationAssemblies
{
    public const string Sqlite = "TalentChain.Migrations.Sqlite";
    public const string Postgres = "TalentChain.Migrations.Postgres";
    private static int _registered;

    public static void RegisterResolver()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1) return;
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (name.Name is not (Sqlite or Postgres)) return null;
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
    }

    public static string For(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? Postgres : Sqlite;

    public static Assembly Load(DatabaseProvider provider)
    {
        RegisterResolver();
        return Assembly.Load(new AssemblyName(For(provider)));
    }
}
