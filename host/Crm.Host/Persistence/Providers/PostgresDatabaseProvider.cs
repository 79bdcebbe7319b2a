using System.Data.Common;
using System.Net.Sockets;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.Host.Persistence.Providers;

/// <summary>
/// PostgreSQL through Npgsql: each module in its own schema (<c>acme_tickets</c>) with its own
/// <c>__migrations</c> table; every migration runs in its own transaction (PostgreSQL DDL is transactional).
/// </summary>
internal sealed class PostgresDatabaseProvider : IDatabaseProvider
{
    private readonly string _connectionString;

    public PostgresDatabaseProvider(string connectionString)
    {
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new DatabaseConfigurationException($"{DatabaseOptions.ConnectionStringSetting} is not a valid PostgreSQL connection string: {e.Message}", e);
        }

        _connectionString = parsed.ConnectionString;
        Description = $"PostgreSQL database '{parsed.Database}' at {parsed.Host}:{parsed.Port}";
    }

    public string Name => "Postgres";

    public string Description { get; }

    public ModuleStorage StorageFor(string moduleId)
    {
        var name = ModuleStorage.NameFor(moduleId);
        return new ModuleStorage(moduleId, Schema: name, TablePrefix: "", MigrationsHistoryTable: "__migrations");
    }

    public void AddEntityFrameworkServices(IServiceCollection services) => services.AddEntityFrameworkNpgsql();

    public DbConnection CreateConnection() => new NpgsqlConnection(_connectionString);

    public void Configure(DbContextOptionsBuilder builder, ModuleStorage storage) =>
        builder.UseNpgsql(_connectionString, npgsql => npgsql.MigrationsHistoryTable(storage.MigrationsHistoryTable, storage.Schema));

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification
                                          or PostgresErrorCodes.InvalidCatalogName)
        {
            throw new DatabaseConfigurationException(
                $"{Description} refused the connection: {e.MessageText}. Check the user, password and database in {DatabaseOptions.ConnectionStringSetting}.", e);
        }
        catch (Exception e) when (Translate(e) is { } unavailable)
        {
            throw unavailable;
        }
    }

    public FormattableString TableExistsQuery(string? schema, string table) =>
        $"SELECT COUNT(*)::int AS \"Value\" FROM pg_catalog.pg_tables WHERE schemaname = {schema ?? "public"} AND tablename = {table}";

    public async Task DropStorageAsync(DbContext context, ModuleStorage storage, CancellationToken cancellationToken)
    {
        // The schema name comes from a validated module id (lower-case letters, digits, '_'); identifiers cannot be parameters.
#pragma warning disable EF1002
        await context.Database.ExecuteSqlRawAsync($"DROP SCHEMA IF EXISTS \"{storage.Schema}\" CASCADE;", cancellationToken);
#pragma warning restore EF1002
    }

    public DatabaseUnavailableException? Translate(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DatabaseUnavailableException known:
                    return known;
                case PostgresException pg when IsUnavailable(pg.SqlState):
                    return Unavailable(pg.MessageText, pg);
                case PostgresException:
                    return null;
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return Unavailable(npgsql.Message, npgsql);
            }
        }

        return null;
    }

    // Class 08: connection exceptions; 57P01-57P03: the server is shutting down or starting up; 53300: too many connections.
    private static bool IsUnavailable(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState is "57P01" or "57P02" or "57P03" or "53300";

    private DatabaseUnavailableException Unavailable(string reason, Exception inner)
    {
        // Pooled connections to a server that went away are dead; drop them so the next request opens fresh ones.
        NpgsqlConnection.ClearAllPools();
        return new DatabaseUnavailableException($"{Description} is not reachable ({reason}). Check that the server runs and {DatabaseOptions.ConnectionStringSetting}.", inner);
    }
}
