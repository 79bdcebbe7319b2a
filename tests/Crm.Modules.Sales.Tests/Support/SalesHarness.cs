using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Host.Persistence;
using Crm.Host.Tests.Persistence.Support;
using Crm.Modules.Customers;
using Crm.Modules.Interactions;
using Crm.Sdk.Contracts.Sales;
using Crm.Sdk.Contracts.Users;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crm.Modules.Sales.Tests.Support;

/// <summary>
/// crm.sales with crm.customers and crm.interactions on the host's real persistence (provider choice, module
/// storage, hand-written migrations, audit) over a fresh database: a SQLite file in a temporary folder, or a new
/// PostgreSQL database. One MediatR mediator reaches every module's handlers; <see cref="GetUsers"/> is answered
/// by <see cref="TestUsers"/>, and <see cref="PublishedLog"/> hears the sales notifications. Each
/// <see cref="BeginRequest"/> is a fresh scope, like one GraphQL request. Disposing removes the database.
/// </summary>
internal sealed class SalesHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly IContainer _container;
    private readonly ILifetimeScope _modules;
    private readonly string? _folder;
    private readonly string? _serverDatabase;

    private SalesHarness(DatabaseKind kind, IContainer container, ILifetimeScope modules, SettableTimeProvider time, TestActor actor, string? folder, string? serverDatabase)
    {
        Kind = kind;
        _container = container;
        _modules = modules;
        Time = time;
        Actor = actor;
        _folder = folder;
        _serverDatabase = serverDatabase;
    }

    public static IReadOnlyList<ICrmModule> Modules { get; } = [new CustomersModule(), new InteractionsModule(), new SalesModule()];

    public DatabaseKind Kind { get; }

    public SettableTimeProvider Time { get; }

    public TestActor Actor { get; }

    public TestUsers Users => _modules.Resolve<TestUsers>();

    public PublishedLog Published => _modules.Resolve<PublishedLog>();

    public static async Task<SalesHarness> StartAsync(DatabaseKind kind = DatabaseKind.Sqlite)
    {
        var settings = new Dictionary<string, string?>();
        string? folder = null;
        string? serverDatabase = null;
        if (kind == DatabaseKind.Sqlite)
        {
            folder = Path.Combine(Path.GetTempPath(), "crm-sales-tests", Guid.NewGuid().ToString("N"));
            settings["Crm:Database:Provider"] = "Sqlite";
            settings["Crm:DataDirectory"] = folder;
        }
        else
        {
            var admin = PostgresServer.ConnectionString ?? throw new InvalidOperationException(PostgresServer.SkipReason);
            serverDatabase = "crm_s_" + Guid.NewGuid().ToString("N");
            await ExecuteAsync(admin, $"CREATE DATABASE \"{serverDatabase}\"");
            settings["Crm:Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Crm"] = new NpgsqlConnectionStringBuilder(admin) { Database = serverDatabase }.ConnectionString;
        }

        var time = new SettableTimeProvider(Start);
        var actor = new TestActor();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<ICurrentUser>(actor);
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

            b.RegisterType<TestUsers>().SingleInstance();
            b.RegisterType<TestUsersHandler>().As<IRequestHandler<GetUsers, IReadOnlyList<UserSummary>>>();
            b.RegisterType<PublishedLog>().SingleInstance();
            b.RegisterType<LoggingHandler<OpportunityClosed>>().As<INotificationHandler<OpportunityClosed>>();
            b.RegisterType<LoggingHandler<PurchaseRecorded>>().As<INotificationHandler<PurchaseRecorded>>();
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

        return new SalesHarness(kind, container, modules, time, actor, folder, serverDatabase);
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
            await ExecuteAsync(PostgresServer.ConnectionString!, $"DROP DATABASE IF EXISTS \"{_serverDatabase}\" WITH (FORCE)");
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
