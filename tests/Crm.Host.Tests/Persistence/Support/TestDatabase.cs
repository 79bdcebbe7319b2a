using System.Data.Common;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Host.Modules;
using Crm.Host.Persistence;
using Crm.Sdk.Modules;
using Crm.Sdk.Security;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Crm.Host.Tests.Persistence.Support;

/// <summary>
/// A fresh, empty database of one kind for one test (a SQLite file in a temporary folder, or a new PostgreSQL
/// database), with the host's persistence registered in an Autofac container the way the host does it.
/// Disposing it removes the database.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly List<ILifetimeScope> _scopes = [];
    private readonly string? _serverDatabase;

    private TestDatabase(DatabaseKind kind, Dictionary<string, string?> settings, string? dataDirectory, string? serverDatabase)
    {
        Kind = kind;
        Settings = settings;
        DataDirectory = dataDirectory;
        _serverDatabase = serverDatabase;
        Container = BuildContainer(settings, User, Time, Logs);
    }

    public DatabaseKind Kind { get; }

    public Dictionary<string, string?> Settings { get; }

    /// <summary>The SQLite data folder; null on PostgreSQL.</summary>
    public string? DataDirectory { get; }

    public TestUser User { get; } = new();

    public SettableTimeProvider Time { get; } = new();

    public List<string> Logs { get; } = [];

    public IContainer Container { get; private set; }

    public string? ConnectionString => Settings.GetValueOrDefault("ConnectionStrings:Crm");

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind, IDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>();
        string? dataDirectory = null;
        string? serverDatabase = null;
        if (kind == DatabaseKind.Sqlite)
        {
            dataDirectory = Path.Combine(Path.GetTempPath(), "crm-tests", Guid.NewGuid().ToString("N"));
            settings["Crm:Database:Provider"] = "Sqlite";
            settings["Crm:DataDirectory"] = dataDirectory;
            settings["Crm:Database:BusyTimeoutSeconds"] = "1";
        }
        else if (kind == DatabaseKind.SqlServer)
        {
            var admin = SqlServerInstance.ConnectionString ?? throw new InvalidOperationException(SqlServerInstance.SkipReason);
            var database = "crm_t_" + Guid.NewGuid().ToString("N");
            await SqlServerInstance.ExecuteAsync(admin, $"CREATE DATABASE [{database}]");
            settings["Crm:Database:Provider"] = "SqlServer";
            settings["ConnectionStrings:Crm"] = new SqlConnectionStringBuilder(admin) { InitialCatalog = database }.ConnectionString;
            serverDatabase = database;
        }
        else
        {
            var admin = PostgresServer.ConnectionString ?? throw new InvalidOperationException(PostgresServer.SkipReason);
            serverDatabase = "crm_t_" + Guid.NewGuid().ToString("N");
            await ExecuteAsync(admin, $"CREATE DATABASE \"{serverDatabase}\"");
            settings["Crm:Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Crm"] = new NpgsqlConnectionStringBuilder(admin) { Database = serverDatabase }.ConnectionString;
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new TestDatabase(kind, settings, dataDirectory, serverDatabase);
    }

    public T Get<T>()
        where T : notnull => Container.Resolve<T>();

    /// <summary>Runs the host's start-up database work (checks, host migrations).</summary>
    public Task InitializeAsync() => Get<DatabaseInitializer>().EnsureInitializedAsync(CancellationToken.None);

    /// <summary>Builds the module's scope as the platform does and runs every activation step on it.</summary>
    public async Task<ActiveModule> ActivateAsync(ICrmModule module)
    {
        var scope = Container.BeginLifetimeScope(module.ConfigureServices);
        _scopes.Add(scope);
        var active = new ActiveModule(module, scope, IsPlugin: false);
        foreach (var step in Get<IEnumerable<IModuleActivationStep>>().OrderBy(s => s.Order))
        {
            await step.ActivateAsync(active, CancellationToken.None);
        }

        return active;
    }

    /// <summary>A raw connection to the test database, for checks that must not go through EF.</summary>
    public DbConnection OpenRawConnection()
    {
        DbConnection connection = Kind switch
        {
            DatabaseKind.Sqlite => new SqliteConnection($"Data Source={SqliteFile};Pooling=False"),
            DatabaseKind.SqlServer => new SqlConnection(ConnectionString),
            _ => new NpgsqlConnection(ConnectionString),
        };
        connection.Open();
        return connection;
    }

    public string SqliteFile => Path.Combine(DataDirectory!, "crm.db");

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = OpenRawConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>The physical name of a module table, quoted, for raw SQL.</summary>
    public string QuotedTable(string moduleId, string table) => Kind == DatabaseKind.Sqlite
        ? $"\"{Crm.Sdk.Persistence.ModuleStorage.NameFor(moduleId)}__{table}\""
        : $"\"{Crm.Sdk.Persistence.ModuleStorage.NameFor(moduleId)}\".\"{table}\"";

    /// <summary>Replaces the container, as a restarted host would build a new one on the same database.</summary>
    public async Task RestartAsync()
    {
        await DisposeContainerAsync();
        Container = BuildContainer(Settings, User, Time, Logs);
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeContainerAsync();
        if (Kind == DatabaseKind.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory!, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; never fail a test over cleanup.
            }
        }
        else if (Kind == DatabaseKind.SqlServer)
        {
            SqlConnection.ClearAllPools();
            await SqlServerInstance.ExecuteAsync(
                SqlServerInstance.ConnectionString!,
                $"ALTER DATABASE [{_serverDatabase}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_serverDatabase}]");
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(PostgresServer.ConnectionString!, $"DROP DATABASE IF EXISTS \"{_serverDatabase}\" WITH (FORCE)");
        }
    }

    private async Task DisposeContainerAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }

        _scopes.Clear();
        await Container.DisposeAsync();
    }

    private static IContainer BuildContainer(Dictionary<string, string?> settings, TestUser user, TimeProvider time, List<string> logs)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(new ListLoggerProvider(logs)).SetMinimumLevel(LogLevel.Information));
        services.AddSingleton(time);
        services.AddSingleton<ICurrentUser>(user);
        services.AddCrmPersistence(configuration);
        var builder = new ContainerBuilder();
        builder.Populate(services);
        return builder.Build();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
