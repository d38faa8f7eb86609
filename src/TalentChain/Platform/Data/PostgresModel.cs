using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace TalentChain.Platform.Data;

/// <summary>
/// Model parts that exist on PostgreSQL only (an extension, a trigram index). A module implements it next to its entity
/// configurations; the DbContext finds the implementations in the assembly, as it finds the configurations, and applies
/// them when the provider is Npgsql — so Platform names no module's entity.
/// </summary>
public interface IPostgresModelConfiguration
{
    void Configure(ModelBuilder builder);
}

internal static class PostgresModel
{
    public static void Apply(ModelBuilder builder, Assembly assembly)
    {
        var types = assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IPostgresModelConfiguration).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in types)
            ((IPostgresModelConfiguration)Activator.CreateInstance(type, nonPublic: true)!).Configure(builder);
    }
}
