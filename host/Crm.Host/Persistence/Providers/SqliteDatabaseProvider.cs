using System.Data.Common;
using Crm.Sdk.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Persistence.Providers;

/// <summary>
/// The embedded database: one file in the data folder, in WAL mode (readers never wait for the writer), with
/// <c>synchronous=FULL</c> so a committed write survives a crash or power loss. SQLite has no schemas, so each
/// module's tables carry its storage name as a prefix (<c>acme_tickets__tickets</c>).
/// </summary>
internal sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    // SQLite result codes (https://sqlite.org/rescode.html) that mean something to an admin.
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    private readonly string _connectionString;
    private readonly SqliteConnectionSetup _connectionSetup = new();

    public SqliteDatabaseProvider(DatabaseOptions options)
    {
        FilePath = Path.GetFullPath(Path.Combine(options.DataDirectory, options.SqliteFileName));
        BusyTimeoutSeconds = options.BusyTimeoutSeconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy database until the command timeout: this is the busy timeout.
            DefaultTimeout = options.BusyTimeoutSeconds,
        }.ToString();
    }

    public string Name => "Sqlite";

    public string Description => $"SQLite file {FilePath}";

    /// <summary>The database file's full path.</summary>
    public string FilePath { get; }

    private int BusyTimeoutSeconds { get; }

    public ModuleStorage StorageFor(string moduleId)
    {
        var name = ModuleStorage.NameFor(moduleId);
        return new ModuleStorage(moduleId, Schema: null, TablePrefix: name + "__", MigrationsHistoryTable: name + "__migrations");
    }

    public void AddEntityFrameworkServices(IServiceCollection services) => services.AddEntityFrameworkSqlite();

    // Pooled like EF Core's; the per-connection pragmas (durability, foreign keys) only matter to writes.
    public DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    public void Configure(DbContextOptionsBuilder builder, ModuleStorage storage)
    {
        builder.UseSqlite(_connectionString, sqlite => sqlite.MigrationsHistoryTable(storage.MigrationsHistoryTable));
        builder.AddInterceptors(_connectionSetup);
    }

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseConfigurationException(
                $"Cannot create the data folder '{Path.GetDirectoryName(FilePath)}' ({e.Message}). Check {DatabaseOptions.DataDirectorySetting} (environment Crm__DataDirectory) and the folder's permissions.", e);
        }

        try
        {
            // Unpooled: a probe that fails halfway must not hand an open transaction to the pool.
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            // Reading the header proves the file is a database; writing the same value back proves it is
            // writable and not locked by another process (waiting up to the busy timeout).
            var version = await ScalarAsync(connection, "PRAGMA user_version;", cancellationToken);
            await ScalarAsync(connection, $"BEGIN IMMEDIATE; PRAGMA user_version = {long.Parse(version!, System.Globalization.CultureInfo.InvariantCulture)}; COMMIT;", cancellationToken);
            // WAL is a property of the file: set once, it stays.
            var mode = await ScalarAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new DatabaseConfigurationException($"{Description} cannot use WAL journaling (it reports '{mode}'); put the data folder on a local disk.");
            }
        }
        catch (SqliteException e)
        {
            throw Classify(e) ?? new DatabaseConfigurationException($"{Description} cannot be used: {e.Message}", e);
        }
    }

    public FormattableString TableExistsQuery(string? schema, string table) =>
        $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}";

    public async Task DropStorageAsync(DbContext context, ModuleStorage storage, CancellationToken cancellationToken)
    {
        // Foreign keys inside the module are checked at commit, when every table of the module is gone.
        await context.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON;", cancellationToken);
        var tables = await context.Database
            .SqlQueryRaw<string>(
                "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND substr(name, 1, length({0})) = {0}",
                storage.TablePrefix)
            .ToListAsync(cancellationToken);
        foreach (var table in tables)
        {
            // The name came from sqlite_master and starts with the module's validated prefix; quote it anyway.
#pragma warning disable EF1002 // Identifiers cannot be parameters; the name is quoted and comes from sqlite_master.
            await context.Database.ExecuteSqlRawAsync($"DROP TABLE \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\";", cancellationToken);
#pragma warning restore EF1002
        }
    }

    public DatabaseUnavailableException? Translate(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DatabaseUnavailableException known)
            {
                return known;
            }

            if (e is SqliteException sqlite && Classify(sqlite) is { } classified)
            {
                return classified as DatabaseUnavailableException
                    ?? new DatabaseUnavailableException(classified.Message, sqlite);
            }
        }

        return null;
    }

    private Exception? Classify(SqliteException e) => e.SqliteErrorCode switch
    {
        Busy or Locked => new DatabaseUnavailableException(
            $"{Description} is locked by another process; gave up after {BusyTimeoutSeconds} s (Crm:Database:BusyTimeoutSeconds). Stop the other program (a backup tool, a second Crm) or use the online backup in docs/operations.md.", e),
        NotADatabase => new DatabaseConfigurationException(
            $"{Description} is not a SQLite database. Point {DatabaseOptions.DataDirectorySetting} at Crm's data folder, or move the file away so Crm creates a new one.", e),
        ReadOnly or CantOpen => new DatabaseConfigurationException(
            $"{Description} cannot be opened for writing ({e.Message}). Give the Crm process write access to the file and its folder (SQLite also writes -wal and -shm files next to it).", e),
        Corrupt => new DatabaseConfigurationException(
            $"{Description} is damaged ({e.Message}). Restore it from a backup (docs/operations.md).", e),
        IoError or Full => new DatabaseUnavailableException(
            $"{Description} could not be written ({e.Message}); check the disk.", e),
        _ => null,
    };

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
