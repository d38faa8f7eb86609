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
    public string AuditAnchorKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

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
