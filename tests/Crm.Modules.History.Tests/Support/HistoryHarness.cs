using Autofac;
using Crm.Modules.Agreements.Storage;
using Crm.Modules.Customers.Storage;
using Crm.Modules.Interactions.Storage;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Modules.History.Tests.Support;

/// <summary>
/// The three history modules wired as the host wires them (each module's own registrations, one MediatR
/// mediator reaching every handler) over one real SQLite file in a temporary folder, deleted afterwards.
/// Each <see cref="BeginRequest"/> is a fresh scope, like one GraphQL request.
/// </summary>
internal sealed class HistoryHarness : IAsyncDisposable
{
    private readonly string _folder;
    private readonly IContainer _container;

    private HistoryHarness(string folder, IContainer container, SettableTimeProvider time)
    {
        _folder = folder;
        _container = container;
        Time = time;
    }

    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public SettableTimeProvider Time { get; }

    public string DatabasePath => Path.Combine(_folder, "crm.db");

    public static async Task<HistoryHarness> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "crm-history-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connection = $"Data Source={Path.Combine(folder, "crm.db")};Pooling=False";
        var time = new SettableTimeProvider(Start);
        var builder = new ContainerBuilder();
        builder.RegisterInstance(time).As<TimeProvider>();
        builder.Register(c => new DbContextOptionsBuilder<CustomersDbContext>().UseSqlite(connection).Options).SingleInstance();
        builder.Register(c => new DbContextOptionsBuilder<InteractionsDbContext>().UseSqlite(connection).Options).SingleInstance();
        builder.Register(c => new DbContextOptionsBuilder<AgreementsDbContext>().UseSqlite(connection).Options).SingleInstance();
        builder.RegisterType<CustomersDbContext>().InstancePerLifetimeScope();
        builder.RegisterType<InteractionsDbContext>().InstancePerLifetimeScope();
        builder.RegisterType<AgreementsDbContext>().InstancePerLifetimeScope();
        builder.Register<ServiceFactory>(c =>
        {
            var scope = c.Resolve<ILifetimeScope>();
            return type => scope.Resolve(type);
        }).InstancePerLifetimeScope();
        builder.RegisterType<Mediator>().As<IMediator>().InstancePerLifetimeScope();
        new Crm.Modules.Customers.CustomersModule().ConfigureServices(builder);
        new Crm.Modules.Interactions.InteractionsModule().ConfigureServices(builder);
        new Crm.Modules.Agreements.AgreementsModule().ConfigureServices(builder);
        var harness = new HistoryHarness(folder, builder.Build(), time);
        await using var scope = harness.BeginRequest();
        foreach (DbContext db in new DbContext[] { scope.Resolve<CustomersDbContext>(), scope.Resolve<InteractionsDbContext>(), scope.Resolve<AgreementsDbContext>() })
        {
            await db.Database.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        }

        return harness;
    }

    public ILifetimeScope BeginRequest() => _container.BeginLifetimeScope();

    /// <summary>Runs <paramref name="action"/> with a service of a fresh request scope.</summary>
    public async Task<TResult> InRequest<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = BeginRequest();
        return await action(scope.Resolve<TService>());
    }

    public async ValueTask DisposeAsync()
    {
        await _container.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow CI disk is left for the OS temp cleaner; the test result stands.
        }
    }
}
