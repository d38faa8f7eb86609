namespace TalentChain.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite: a connection string or a file path; defaults to data/talentchain.db under the content root.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up (the default); the <c>migrate</c> verb does it explicitly.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
