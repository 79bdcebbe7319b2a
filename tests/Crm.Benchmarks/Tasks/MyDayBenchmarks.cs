using Autofac;
using Autofac.Extensions.DependencyInjection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Crm.Benchmarks.Persistence;
using Crm.Host.Persistence;
using Crm.Modules.Tasks;
using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Modules.Tasks.UseCases;
using Crm.Sdk.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crm.Benchmarks.Tasks;

/// <summary>
/// "My day" (crm.tasks' <c>GetMyDay</c>, as the <c>myDay</c> field runs it: the first 50 due or overdue activities,
/// the overdue and due-today counts, the open follow-ups) for a manager with 5,000 open activities, among 50,000
/// activities of 50 other managers. Goal on PostgreSQL: under 20 ms.
/// </summary>
[Config(typeof(InProcessShortRun))]
public class MyDayBenchmarks
{
    private const string Manager = "manager-0";
    private const int MineOpen = 5_000;
    private const int Others = 50;
    private const int PerOther = 1_000;

    private IContainer? _container;
    private ILifetimeScope? _module;
    private IDbContextFactory<TasksDbContext>? _contexts;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Postgres";

    public static IEnumerable<string> Providers() => BenchmarkDatabase.Providers();

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _module?.Dispose();
        _container?.Dispose();
    }

    [Benchmark]
    public async Task<int> MyDay()
    {
        await using var db = await _contexts!.CreateDbContextAsync();
        var day = await new GetMyDay(db, TimeProvider.System).HandleAsync(Manager, 50, CancellationToken.None);
        return day.Activities.Count + day.OverdueCount;
    }

    private async Task SetupAsync()
    {
        var settings = new Dictionary<string, string?> { ["Crm:Database:Provider"] = Provider };
        if (Provider == "Sqlite")
        {
            SqliteConnection.ClearAllPools();
            var folder = BenchmarkDatabase.SqliteFolder("tasks");
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            settings["Crm:DataDirectory"] = folder;
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable("CRM_TEST_POSTGRES")
                ?? throw new InvalidOperationException("The PostgreSQL benchmarks need CRM_TEST_POSTGRES (see .ci/setup.d/postgres.sh).");
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await new NpgsqlCommand("DROP DATABASE IF EXISTS crm_bench_tasks WITH (FORCE)", connection).ExecuteNonQueryAsync();
            await new NpgsqlCommand("CREATE DATABASE crm_bench_tasks", connection).ExecuteNonQueryAsync();
            settings["ConnectionStrings:Crm"] = BenchmarkDatabase.PostgresConnectionString("tasks");
        }

        var services = new ServiceCollection().AddLogging();
        services.AddCrmPersistence(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        var builder = new ContainerBuilder();
        builder.Populate(services);
        _container = builder.Build();
        await _container.Resolve<DatabaseInitializer>().EnsureInitializedAsync(CancellationToken.None);
        _module = _container.BeginLifetimeScope(b => new TasksModule().ConfigureServices(b));
        foreach (var registration in _module.Resolve<IEnumerable<ModuleDbContextRegistration>>())
        {
            await using var context = registration.Create(_module);
            await context.Database.MigrateAsync();
        }

        _contexts = _module.Resolve<IDbContextFactory<TasksDbContext>>();
        await GenerateAsync();
        if (await MyDay() < 50)
        {
            throw new InvalidOperationException("The generated activities do not answer my day; the benchmark would measure nothing.");
        }
    }

    // Due times spread from a week ago to two months ahead: about 500 of the manager's 5,000 are overdue.
    private async Task GenerateAsync()
    {
        var now = DateTime.UtcNow;
        var random = new Random(42);
        var owners = Enumerable.Repeat(Manager, MineOpen)
            .Concat(Enumerable.Range(1, Others).SelectMany(o => Enumerable.Repeat($"manager-{o}", PerOther)));
        foreach (var chunk in owners.Chunk(5_000))
        {
            await using var db = await _contexts!.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Activities.AddRange(chunk.Select(owner => new Activity
            {
                Id = Guid.CreateVersion7(),
                CustomerId = Guid.CreateVersion7(),
                Kind = (ActivityKind)random.Next(3),
                Title = "Call about the renewal",
                DueAt = now.AddMinutes(random.Next(-7 * 24 * 60, 63 * 24 * 60)),
                AssigneeId = owner,
                Status = ActivityStatus.Planned,
                CreatedBy = owner,
                CreatedAt = now,
                UpdatedAt = now,
            }));
            await db.SaveChangesAsync();
        }

        await using (var db = await _contexts!.CreateDbContextAsync())
        {
            db.FollowUps.AddRange(Enumerable.Range(0, 200).Select(i => new FollowUpSuggestion
            {
                Id = Guid.CreateVersion7(),
                CustomerId = Guid.CreateVersion7(),
                UserId = i % 2 == 0 ? Manager : "manager-1",
                InteractionId = i + 1,
                Subject = "Talked about prices",
                InteractionAt = now.AddHours(-i),
                SuggestedAt = now,
            }));
            await db.SaveChangesAsync();
        }

        await using (var db = await _contexts!.CreateDbContextAsync())
        {
            // Fresh planner statistics, as autovacuum would have them on a live database.
            if (Provider != "Sqlite")
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE");
            }
        }
    }
}

/// <summary>
/// ShortRun in the benchmark process itself: on the shared 2-core machine BenchmarkDotNet's rebuild of the suite for
/// a separate process exceeds its two-minute build timeout.
/// </summary>
public sealed class InProcessShortRun : ManualConfig
{
    public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
}
