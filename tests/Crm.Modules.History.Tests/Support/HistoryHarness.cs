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
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crm.Modules.History.Tests.Support;

/// <summary>
/// The three history modules on the host's real persistence (provider choice, module storage, hand-written
/// migrations, audit) over a fresh database: a SQLite file in a temporary folder, or a new PostgreSQL database
/// when asked for. Each module's own <c>ConfigureServices</c> registers its parts; one MediatR mediator
/// reaches every handler, as the host's shape routing does. Each <see cref="BeginRequest"/> is a fresh scope,
/// like one GraphQL request. Disposing removes the database.
/// </summary>
internal sealed class HistoryHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly IContainer _container;
    private readonly ILifetimeScope _modules;
    private readonly string? _folder;
    private readonly string? _postgresDatabase;

    private HistoryHarness(DatabaseKind kind, IContainer container, ILifetimeScope modules, SettableTimeProvider time, string? folder, string? postgresDatabase)
    {
        Kind = kind;
        _container = container;
        _modules = modules;
        Time = time;
        _folder = folder;
        _postgresDatabase = postgresDatabase;
    }

    public static IReadOnlyList<ICrmModule> Modules { get; } = [new CustomersModule(), new InteractionsModule(), new AgreementsModule()];

    public DatabaseKind Kind { get; }

    public SettableTimeProvider Time { get; }

    public static async Task<HistoryHarness> StartAsync(DatabaseKind kind = DatabaseKind.Sqlite)
    {
        var settings = new Dictionary<string, string?>();
        string? folder = null;
        string? postgresDatabase = null;
        if (kind == DatabaseKind.Sqlite)
        {
            folder = Path.Combine(Path.GetTempPath(), "crm-history-tests", Guid.NewGuid().ToString("N"));
            settings["Crm:Database:Provider"] = "Sqlite";
            settings["Crm:DataDirectory"] = folder;
        }
        else
        {
            var admin = PostgresServer.ConnectionString ?? throw new InvalidOperationException(PostgresServer.SkipReason);
            postgresDatabase = "crm_h_" + Guid.NewGuid().ToString("N");
            await ExecuteAsync(admin, $"CREATE DATABASE \"{postgresDatabase}\"");
            settings["Crm:Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Crm"] = new NpgsqlConnectionStringBuilder(admin) { Database = postgresDatabase }.ConnectionString;
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

        return new HistoryHarness(kind, container, modules, time, folder, postgresDatabase);
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
        else
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
