using System.Data.Common;
using Crm.Sdk.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Persistence.Providers;

/// <summary>
/// SQL Server: like PostgreSQL, each module in its own schema with its own <c>__migrations</c> table; text is
/// <c>nvarchar</c> (EF's default for strings), so any script survives; migrations are transactional.
/// </summary>
internal sealed class SqlServerDatabaseProvider : IDatabaseProvider
{
    // SqlClient error numbers meaning the server cannot be reached or is going away (not a settings mistake).
    private static readonly HashSet<int> UnavailableErrors = [-2, 2, 35, 53, 233, 258, 1205, 10053, 10054, 10060, 10061, 11001, 40197, 40501, 40613, 49918, 49919, 49920];

    // Login failed, or the database does not exist: the settings are wrong.
    private static readonly HashSet<int> ConfigurationErrors = [18456, 4060];

    private readonly string _connectionString;

    public SqlServerDatabaseProvider(string connectionString)
    {
        SqlConnectionStringBuilder parsed;
        try
        {
            parsed = new SqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new DatabaseConfigurationException($"{DatabaseOptions.ConnectionStringSetting} is not a valid SQL Server connection string: {e.Message}", e);
        }

        _connectionString = parsed.ConnectionString;
        Description = $"SQL Server database '{parsed.InitialCatalog}' at {parsed.DataSource}";
    }

    public string Name => "SqlServer";

    public string Description { get; }

    public ModuleStorage StorageFor(string moduleId)
    {
        var name = ModuleStorage.NameFor(moduleId);
        return new ModuleStorage(moduleId, Schema: name, TablePrefix: "", MigrationsHistoryTable: "__migrations");
    }

    public void AddEntityFrameworkServices(IServiceCollection services) => services.AddEntityFrameworkSqlServer();

    public DbConnection CreateConnection() => new SqlConnection(_connectionString);

    public void Configure(DbContextOptionsBuilder builder, ModuleStorage storage) =>
        builder.UseSqlServer(_connectionString, sql => sql.MigrationsHistoryTable(storage.MigrationsHistoryTable, storage.Schema));

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqlConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new SqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (SqlException e) when (e.Errors.Cast<SqlError>().Any(error => ConfigurationErrors.Contains(error.Number)))
        {
            throw new DatabaseConfigurationException(
                $"{Description} refused the connection: {e.Message} Check the login, password and database in {DatabaseOptions.ConnectionStringSetting}.", e);
        }
        catch (Exception e) when (Translate(e) is { } unavailable)
        {
            throw unavailable;
        }
    }

    public FormattableString TableExistsQuery(string? schema, string table) =>
        $"SELECT COUNT(*) AS [Value] FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = {schema ?? "dbo"} AND TABLE_NAME = {table}";

    public async Task DropStorageAsync(DbContext context, ModuleStorage storage, CancellationToken cancellationToken)
    {
        // SQL Server has no DROP SCHEMA ... CASCADE: drop the schema's foreign keys, then its tables, then the schema.
        const string Drop = """
            DECLARE @sql nvarchar(max) = N'';
            SELECT @sql += N'ALTER TABLE ' + QUOTENAME(s.name) + N'.' + QUOTENAME(t.name) + N' DROP CONSTRAINT ' + QUOTENAME(f.name) + N';'
              FROM sys.foreign_keys f JOIN sys.tables t ON f.parent_object_id = t.object_id JOIN sys.schemas s ON t.schema_id = s.schema_id
             WHERE s.name = {0};
            SELECT @sql += N'DROP TABLE ' + QUOTENAME(s.name) + N'.' + QUOTENAME(t.name) + N';'
              FROM sys.tables t JOIN sys.schemas s ON t.schema_id = s.schema_id
             WHERE s.name = {0};
            IF SCHEMA_ID({0}) IS NOT NULL SET @sql += N'DROP SCHEMA ' + QUOTENAME({0}) + N';';
            EXEC sp_executesql @sql;
            """;
        await context.Database.ExecuteSqlRawAsync(Drop, [storage.Schema!], cancellationToken);
    }

    // Severity 20 and above ends the connection; a socket failure underneath means the server was never reached.
    private static bool IsUnavailable(SqlException sql) =>
        sql.Class >= 20
        || sql.InnerException is System.Net.Sockets.SocketException or IOException
        || sql.Errors.Cast<SqlError>().Any(error => UnavailableErrors.Contains(error.Number));

    public DatabaseUnavailableException? Translate(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DatabaseUnavailableException known:
                    return known;
                case SqlException sql when IsUnavailable(sql):
                    SqlConnection.ClearAllPools();
                    return new DatabaseUnavailableException($"{Description} is not reachable ({sql.Message}). Check that the server runs and {DatabaseOptions.ConnectionStringSetting}.", sql);
                case SqlException:
                    return null;
            }
        }

        return null;
    }
}
