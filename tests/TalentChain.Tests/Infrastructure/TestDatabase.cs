using Npgsql;
using TalentChain.Platform.Data;

namespace TalentChain.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test fixture: a temporary SQLite file, or a new database on the PostgreSQL
/// server that eng/test.sh starts (its address in TALENTCHAIN_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "TALENTCHAIN_TEST_POSTGRES";

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>The audit anchor of this database, shared like a secret by every node on it: its key (base64)…</summary>
    public string AuditAnchorKey { get; private set; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>… and its checkpoint file, outside the database (a temporary folder).</summary>
    public string AuditCheckpointPath => Path.Combine(_auditDirectory, "audit-checkpoints.jsonl");

    private readonly string _auditDirectory = Path.Combine(Path.GetTempPath(), "talentchain-tests", "audit-" + Guid.NewGuid().ToString("N"));
    private readonly string? _sqliteDirectory;
    private readonly string? _postgresName;

    public TestDatabase(DatabaseProvider provider)
    {
        Provider = provider;
        if (provider == DatabaseProvider.Sqlite)
        {
            _sqliteDirectory = Path.Combine(Path.GetTempPath(), "talentchain-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_sqliteDirectory);
            ConnectionString = $"Data Source={Path.Combine(_sqliteDirectory, "test.db")}";
        }
        else
        {
            var admin = AdminConnectionString();
            _postgresName = "tc_" + Guid.NewGuid().ToString("N")[..16];
            using (var conn = new NpgsqlConnection(admin))
            {
                conn.Open();
                using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_postgresName}\"", conn);
                cmd.ExecuteNonQuery();
            }
            ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _postgresName, Pooling = true }.ToString();
        }
    }

    /// <summary>The cluster eng/postgres.sh starts, used when the variable is not set (a developer running dotnet test).</summary>
    private const string ScriptCluster = "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres;Timeout=5";

    private static readonly Lazy<string> Admin = new(() =>
    {
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs) return cs;
        try
        {
            using var conn = new NpgsqlConnection(ScriptCluster);
            conn.Open();
            return ScriptCluster;
        }
        catch (NpgsqlException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL tests need a server: run eng/test.sh (it starts one) or `bash eng/postgres.sh start`, or set {PostgresVariable} to an admin connection string.");
        }
    });

    public static string AdminConnectionString() => Admin.Value;

    /// <summary>True while nothing has been written: no SQLite file yet, or no table in the PostgreSQL database.</summary>
    public bool IsEmpty()
    {
        if (_sqliteDirectory is not null) return !File.Exists(SqlitePath);
        using var conn = new NpgsqlConnection(ConnectionString);
        conn.Open();
        using var cmd = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", conn);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0;
    }

    private string SqlitePath => Path.Combine(_sqliteDirectory!, "test.db");

    /// <summary>
    /// Copies this (prepared, idle) database into a new template: a SQLite file (VACUUM INTO) or a PostgreSQL database
    /// made with this one as its template. Null when it cannot be made now (a connection still open): the caller goes on.
    /// </summary>
    public DatabaseTemplate? Snapshot(string name)
    {
        string? checkpoint = File.Exists(AuditCheckpointPath) ? File.ReadAllText(AuditCheckpointPath) : null;
        if (_sqliteDirectory is not null)
        {
            var file = Path.Combine(DatabaseTemplate.Directory, name + ".db");
            System.IO.Directory.CreateDirectory(DatabaseTemplate.Directory);
            using var conn = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = "VACUUM INTO $file";
            cmd.Parameters.AddWithValue("$file", file);
            cmd.ExecuteNonQuery();
            return new DatabaseTemplate(DatabaseProvider.Sqlite, file, AuditAnchorKey, checkpoint);
        }
        // The app's idle pooled connections (the same connection string) would keep the source in use.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        var template = "tct_" + Environment.ProcessId + "_" + name;
        try
        {
            using var conn = new NpgsqlConnection(AdminConnectionString());
            conn.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{template}\" TEMPLATE \"{_postgresName}\"", conn);
            cmd.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse)
        {
            return null;
        }
        DatabaseTemplate.Created(template);
        return new DatabaseTemplate(DatabaseProvider.Postgres, template, AuditAnchorKey, checkpoint);
    }

    /// <summary>Makes this (empty, unused) database a copy of the template, with the template's audit anchor key and checkpoints.</summary>
    public void CopyFrom(DatabaseTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (_sqliteDirectory is not null) File.Copy(template.Name, SqlitePath);
        else
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
            using var conn = new NpgsqlConnection(AdminConnectionString());
            conn.Open();
            foreach (var sql in new[] { $"DROP DATABASE \"{_postgresName}\" WITH (FORCE)", $"CREATE DATABASE \"{_postgresName}\" TEMPLATE \"{template.Name}\"" })
            {
                using var cmd = new NpgsqlCommand(sql, conn);
                cmd.ExecuteNonQuery();
            }
        }
        AuditAnchorKey = template.AuditAnchorKey;
        if (template.Checkpoints is not null)
        {
            System.IO.Directory.CreateDirectory(_auditDirectory);
            File.WriteAllText(AuditCheckpointPath, template.Checkpoints);
        }
    }

    public void Dispose()
    {
        try { if (Directory.Exists(_auditDirectory)) Directory.Delete(_auditDirectory, recursive: true); } catch (IOException) { }
        if (_sqliteDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_sqliteDirectory, recursive: true); } catch (IOException) { }
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var conn = new NpgsqlConnection(AdminConnectionString());
            conn.Open();
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", conn);
            cmd.ExecuteNonQuery();
        }
    }
}

/// <summary>
/// A prepared (migrated and seeded) database that later identical fixtures start from instead of preparing their own:
/// a SQLite file or a PostgreSQL template database of this test process, removed when the process ends.
/// </summary>
public sealed record DatabaseTemplate(DatabaseProvider Provider, string Name, string AuditAnchorKey, string? Checkpoints)
{
    public static string Directory { get; } = Path.Combine(Path.GetTempPath(), "talentchain-tests", "templates-" + Environment.ProcessId);

    private static readonly System.Collections.Concurrent.ConcurrentBag<string> PostgresTemplates = [];

    static DatabaseTemplate() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveAll();

    internal static void Created(string postgresTemplate) => PostgresTemplates.Add(postgresTemplate);

    private static void RemoveAll()
    {
        try { if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        if (PostgresTemplates.IsEmpty) return;
        try
        {
            using var conn = new NpgsqlConnection(TestDatabase.AdminConnectionString());
            conn.Open();
            foreach (var name in PostgresTemplates)
            {
                using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
                cmd.ExecuteNonQuery();
            }
        }
        catch (NpgsqlException) { }
    }
}
