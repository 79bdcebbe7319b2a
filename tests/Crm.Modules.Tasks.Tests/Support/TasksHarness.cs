using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Host.Persistence;
using Crm.Host.Tests.Persistence.Support;
using Crm.Modules.Agreements;
using Crm.Modules.Customers;
using Crm.Modules.Interactions;
using Crm.Modules.Sales;
using Crm.Modules.Tasks.Reminders;
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

namespace Crm.Modules.Tasks.Tests.Support;

/// <summary>
/// crm.tasks with the modules it works with (customers, interactions, agreements) on the host's real persistence
/// over a fresh database: a SQLite file in a temporary folder, or a new PostgreSQL database. Each module's own
/// <c>ConfigureServices</c> registers its parts; one MediatR mediator reaches every handler, as the host's shape
/// routing does; <see cref="TestUsers"/> answers the identity lookup. Each <see cref="BeginRequest"/> is a fresh
/// scope, like one GraphQL request. Disposing removes the database.
/// </summary>
internal sealed class TasksHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly IContainer _container;
    private readonly ILifetimeScope _modules;
    private readonly string? _folder;
    private readonly string? _database;

    private TasksHarness(bool postgres, IContainer container, ILifetimeScope modules, SettableTimeProvider time, TestActor actor, string? folder, string? database)
    {
        IsPostgres = postgres;
        _container = container;
        _modules = modules;
        Time = time;
        Actor = actor;
        _folder = folder;
        _database = database;
    }

    public static IReadOnlyList<ICrmModule> Modules { get; } = [new CustomersModule(), new InteractionsModule(), new AgreementsModule(), new SalesModule(), new TasksModule()];

    public bool IsPostgres { get; }

    public SettableTimeProvider Time { get; }

    /// <summary>Who acts; set <see cref="TestActor.Id"/> to act as another colleague.</summary>
    public TestActor Actor { get; }

    /// <summary>The module scope's services (singletons such as the reminder hub).</summary>
    public ILifetimeScope ModuleScope => _modules;

    public static async Task<TasksHarness> StartAsync(bool postgres = false)
    {
        var settings = new Dictionary<string, string?>();
        string? folder = null;
        string? database = null;
        if (postgres)
        {
            var admin = PostgresServer.ConnectionString ?? throw new InvalidOperationException(PostgresServer.SkipReason);
            database = "crm_t_" + Guid.NewGuid().ToString("N");
            await ExecuteAsync(admin, $"CREATE DATABASE \"{database}\"");
            settings["Crm:Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Crm"] = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        }
        else
        {
            folder = Path.Combine(Path.GetTempPath(), "crm-tasks-tests", Guid.NewGuid().ToString("N"));
            settings["Crm:Database:Provider"] = "Sqlite";
            settings["Crm:DataDirectory"] = folder;
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

            b.RegisterType<TestUsers>().As<IRequestHandler<GetUsers, IReadOnlyList<UserSummary>>>();
            // A test drives the reminder clock tick by tick; the lease lasts ten minutes.
            b.RegisterInstance(new ReminderOptions { Interval = TimeSpan.FromHours(1), LeaseDuration = TimeSpan.FromMinutes(10) });
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

        return new TasksHarness(postgres, container, modules, time, actor, folder, database);
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
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(PostgresServer.ConnectionString!, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
            return;
        }

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

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
