using Crm.Host.Tests.Persistence.Support;
using Npgsql;

namespace Crm.Host.Tests.Identity.Support;

/// <summary>
/// The database settings for a <see cref="Http.CrmTestHost"/>: its own SQLite file (the host's default), or a fresh
/// PostgreSQL database dropped on dispose.
/// </summary>
internal sealed class IdentityTestDatabase : IAsyncDisposable
{
    private readonly string? _postgresDatabase;

    private IdentityTestDatabase(Dictionary<string, string> settings, string? postgresDatabase)
    {
        Settings = settings;
        _postgresDatabase = postgresDatabase;
    }

    public IReadOnlyDictionary<string, string> Settings { get; }

    public static async Task<IdentityTestDatabase> CreateAsync(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            return new IdentityTestDatabase([], null);
        }

        var admin = PostgresServer.ConnectionString ?? throw new InvalidOperationException(PostgresServer.SkipReason);
        var database = "crm_t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE \"{database}\"");
        return new IdentityTestDatabase(
            new Dictionary<string, string>
            {
                ["Crm:Database:Provider"] = "Postgres",
                ["ConnectionStrings:Crm"] = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString,
            },
            database);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(PostgresServer.ConnectionString!, $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
