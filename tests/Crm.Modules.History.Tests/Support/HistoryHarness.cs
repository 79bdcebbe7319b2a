using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Host.Persistence;
using Crm.Host.Tests.Persistence.Support;
using Crm.Modules.Agreements;
using Crm.Modules.Customers;
using Crm.Modules.Interactions;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;
using MediatR;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crm.Modules.History.Tests.Support;

/// <summary>
/// The three history modules on the host's real persistence (provider choice, module storage, hand-written
/// migrations, audit) over a fresh database: a SQLite file in a temporary folder, or a new PostgreSQL or SQL
/// Server database when asked for. Each module's own <c>ConfigureServices</c> registers its parts; one MediatR mediator
/// reaches every handler, as the host's shape routing does. Each <see cref="BeginRequest"/> is a fresh scope,
/// like one GraphQL request. Disposing removes the database.
/// </summary>
internal sealed class HistoryHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly IContainer _container;
    private readonly ILifetimeScope _modules;
    private readonly string? _folder;
    private readonly string? _serverDatabase;

    private HistoryHarness(DatabaseKind kind, IContainer container, ILifetimeScope modules, SettableTimeProvider time, string? folder, string? serverDatabase)
    {
        Kind = kind;
        _container = container;
        _modules = modules;
        Time = time;
        _folder = folder;
        _serverDatabase = serverDatabase;
    }

    public static IReadOnlyList<ICrmModule> Modules { get; } = [new CustomersModule(), new InteractionsModule(), new AgreementsModule()];

    public DatabaseKind Kind { get; }

    public SettableTimeProvider Time { get; }

    public static async Task<HistoryHarness> StartAsync(DatabaseKind kind = DatabaseKind.Sqlite)
    {
        var settings = new Dictionary<string, string?>();
        string? folder = null;
        string? serverDatabase = null;
        if (kind == DatabaseKind.Sqlite)
        {
            folder = Path.Combine(Path.GetTempPath(), "crm-history-tests", Guid.NewGuid().ToString("N"));
            settings["Crm:Database:Provider"] = "Sqlite";
            settings["Crm:DataDirectory"] = folder;
        }
        else if (kind == DatabaseKind.Postgres)
        {
            var admin = PostgresServer.ConnectionString ?? throw new InvalidOperationException(PostgresServer.SkipReason);
            serverDatabase = "crm_h_" + Guid.NewGuid().ToString("N");
            await ExecuteAsync(admin, $"CREATE DATABASE \"{serverDatabase}\"");
            settings["Crm:Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Crm"] = new NpgsqlConnectionStringBuilder(admin) { Database = serverDatabase }.ConnectionString;
        }
        else
        {
            var admin = SqlServerInstance.ConnectionString ?? throw new InvalidOperationException(SqlServerInstance.SkipReason);
            serverDatabase = "crm_h_" + Guid.NewGuid().ToString("N");
            await SqlServerInstance.ExecuteAsync(admin, $"CREATE DATABASE [{serverDatabase}]");
            settings["Crm:Database:Provider"] = "SqlServer";
            settings["ConnectionStrings:Crm"] = new SqlConnectionStringBuilder(admin) { InitialCatalog = serverDatabase }.ConnectionString;
        }

        var time = new SettableTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<ICurrentUser, TestActor>();
        services.AddCrmPersistence(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        var builder = new ContainerBuilder();
        builder.Populate(services);
        var container = builder.Build();
        await container.Resolve<DatabaseInitializer>().EnsureInitializedAsync(CancellationToken.None);

        var modules = container.BeginLifetimeScope(b =>
        {
            foreach (var module in Modules)
            {
                module.ConfigureServices(b);
            }

            b.Register<ServiceFactory>(c =>
            {
                var scope = c.Resolve<ILifetimeScope>();
                return type => scope.Resolve(type);
            }).InstancePerLifetimeScope();
            b.RegisterType<Mediator>().As<IMediator>().InstancePerLifetimeScope();
        });
        foreach (var registration in modules.Resolve<IEnumerable<ModuleDbContextRegistration>>())
        {
            await using var context = registration.Create(modules);
            await context.Database.MigrateAsync();
        }

        return new HistoryHarness(kind, container, modules, time, folder, serverDatabase);
    }

    public ILifetimeScope BeginRequest() => _modules.BeginLifetimeScope();

    /// <summary>Runs <paramref name="action"/> with a service of a fresh request scope.</summary>
    public async Task<TResult> InRequest<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = BeginRequest();
        return await action(scope.Resolve<TService>());
    }

    public async ValueTask DisposeAsync()
    {
        await _modules.DisposeAsync();
        await _container.DisposeAsync();
        if (Kind == DatabaseKind.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder!, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; never fail a test over cleanup.
            }
        }
        else if (Kind == DatabaseKind.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(PostgresServer.ConnectionString!, $"DROP DATABASE IF EXISTS \"{_serverDatabase}\" WITH (FORCE)");
        }
        else
        {
            SqlConnection.ClearAllPools();
            await SqlServerInstance.ExecuteAsync(
                SqlServerInstance.ConnectionString!,
                $"IF DB_ID(N'{_serverDatabase}') IS NOT NULL BEGIN ALTER DATABASE [{_serverDatabase}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_serverDatabase}]; END");
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
