using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace TalentChain.Platform.Data;

/// <summary>
/// A model part that spans entity types no single entity configuration owns — the foreign keys between modules'
/// tables, which only the composition root may name (ADR 0043). The DbContext finds the implementations in the
/// assembly, as it finds the entity configurations, and applies them after those.
/// </summary>
public interface IModelConfiguration
{
    void Configure(ModelBuilder builder);
}

/// <summary>
/// Model parts that exist on PostgreSQL only (an extension, a trigram index). A module implements it next to its entity
/// configurations; the DbContext finds the implementations in the assembly, as it finds the configurations, and applies
/// them when the provider is Npgsql — so Platform names no module's entity.
/// </summary>
public interface IPostgresModelConfiguration
{
    void Configure(ModelBuilder builder);
}

internal static class ModelConfigurations
{
    /// <summary>Applies every <typeparamref name="T"/> of <paramref name="assembly"/>, in the order of their names.</summary>
    public static void Apply<T>(Assembly assembly, Action<T> configure) where T : class
    {
        var types = assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(T).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in types) configure((T)Activator.CreateInstance(type, nonPublic: true)!);
    }
}
