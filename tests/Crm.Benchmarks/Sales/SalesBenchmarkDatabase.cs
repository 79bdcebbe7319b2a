using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Host.Persistence;
using Crm.Modules.Sales;
using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Seeding;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.UseCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crm.Benchmarks.Sales;

/// <summary>
/// A PostgreSQL database <c>crm_bench_sales</c> (on the server in <c>CRM_TEST_POSTGRES</c>) with the host's
/// persistence, the real crm.sales migration and the demo "New clients" funnel, filled once with N opportunities
/// by one set-based INSERT … SELECT over generate_series (spread over stages, 5 managers, two currencies, two
/// years and the loss reasons), then ANALYZEd. Kept between runs; refilled when the count differs.
/// </summary>
internal sealed class SalesBenchmarkDatabase : IAsyncDisposable
{
    private readonly IContainer _container;

    private SalesBenchmarkDatabase(IContainer container, ILifetimeScope module, Funnel funnel)
    {
        _container = container;
        Module = module;
        Funnel = funnel;
    }

    public ILifetimeScope Module { get; }

    public Funnel Funnel { get; }

    public static async Task<SalesBenchmarkDatabase> OpenAsync(int opportunities)
    {
        var admin = Environment.GetEnvironmentVariable("CRM_TEST_POSTGRES")
            ?? throw new InvalidOperationException("The sales benchmarks need CRM_TEST_POSTGRES (see .ci/setup.d/postgres.sh).");
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = "crm_bench_sales" }.ConnectionString;
        await using (var server = new NpgsqlConnection(admin))
        {
            await server.OpenAsync();
            if (await new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = 'crm_bench_sales'", server).ExecuteScalarAsync() is null)
            {
                await new NpgsqlCommand("CREATE DATABASE crm_bench_sales", server).ExecuteNonQueryAsync();
            }
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddCrmPersistence(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Crm:Database:Provider"] = "Postgres",
            ["ConnectionStrings:Crm"] = connection,
        }).Build());
        var builder = new ContainerBuilder();
        builder.Populate(services);
        var container = builder.Build();
        await container.Resolve<DatabaseInitializer>().EnsureInitializedAsync(CancellationToken.None);
        var module = container.BeginLifetimeScope(new SalesModule().ConfigureServices);
        await using (var db = module.Resolve<IDbContextFactory<SalesDbContext>>().CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        var funnel = await EnsureFunnelAsync(module);
        await FillAsync(module, funnel, opportunities);
        return new SalesBenchmarkDatabase(container, module, funnel);
    }

    public async ValueTask DisposeAsync()
    {
        await Module.DisposeAsync();
        await _container.DisposeAsync();
    }

    private static async Task<Funnel> EnsureFunnelAsync(ILifetimeScope module)
    {
        await using var scope = module.BeginLifetimeScope();
        var db = scope.Resolve<SalesDbContext>();
        if (await db.Funnels.AsNoTracking().Include(f => f.Stages).FirstOrDefaultAsync(f => f.Name == SalesCatalogSeed.NewClients.Name) is { } existing)
        {
            return existing;
        }

        var catalog = scope.Resolve<DefineCatalog>();
        foreach (var (code, name) in SalesCatalogSeed.Reasons)
        {
            await catalog.AddLossReasonAsync(code, name, CancellationToken.None);
        }

        return (await scope.Resolve<DefineFunnel>().HandleAsync(SalesCatalogSeed.NewClients, CancellationToken.None)).Value;
    }

    private static async Task FillAsync(ILifetimeScope module, Funnel funnel, int count)
    {
        await using var scope = module.BeginLifetimeScope();
        var db = scope.Resolve<SalesDbContext>();
        if (await db.Opportunities.CountAsync() == count)
        {
            return;
        }

        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync("TRUNCATE crm_sales.opportunities CASCADE");
        var stages = funnel.Stages.OrderBy(s => s.Position).ToList();
        var open = stages.Count(s => s.Outcome == StageOutcome.Open);
        var values = string.Join(", ", stages.Select((s, i) => $"({i}, '{s.Id}'::uuid, {s.Position}, '{s.Outcome}', {s.Probability})"));
        var reasons = string.Join(", ", SalesCatalogSeed.Reasons.Select(r => $"'{r.Code}'"));
        // Deterministic spread: stage by i mod n, owner by i mod 5, EUR every tenth, created over the last two years.
        var sql = $"""
            INSERT INTO crm_sales.opportunities ("Id", "CustomerId", "Title", "Amount", "Currency", "Probability", "OwnerId", "FunnelId", "StageId",
              "FurthestPosition", "Status", "LossReasonCode", "LossComment", "ClosedAt", "CreatedAt", "UpdatedAt", "Version")
            SELECT md5('o' || i)::uuid, md5('c' || (i % 200000))::uuid, 'Placement', ((i * 31) % 500 + 1) * 1000, CASE WHEN i % 10 = 0 THEN 'EUR' ELSE 'RUB' END,
              s.probability, 'load-manager-' || (1 + i % 5), '{funnel.Id}'::uuid, s.id,
              CASE WHEN s.outcome = 'Lost' THEN 1 + i % {open} ELSE s.position END,
              s.outcome, CASE WHEN s.outcome = 'Lost' THEN (ARRAY[{reasons}])[1 + i % {SalesCatalogSeed.Reasons.Length}] END,
              CASE WHEN s.outcome = 'Lost' THEN 'Seeded refusal' END,
              CASE WHEN s.outcome <> 'Open' THEN created + interval '20 days' END, created, created, 1
            FROM generate_series(1, {count}) AS i
            CROSS JOIN LATERAL (SELECT timestamp '2026-11-23' - (i % 730) * interval '1 day' - (i % 1440) * interval '1 minute' AS created) AS t
            JOIN (VALUES {values}) AS s(n, id, position, outcome, probability) ON s.n = (i * 7) % {stages.Count}
            """;
        await db.Database.ExecuteSqlRawAsync(sql);
        // Rows inserted by SQL bypass the context, so the report's roll-up is rebuilt the way the migration fills it.
        await db.Database.ExecuteSqlRawAsync("TRUNCATE crm_sales.funnel_day_totals");
        await db.Database.ExecuteSqlRawAsync(FunnelTotalsBackfill.Sql(db.Database.ProviderName, db.Storage));
        await db.Database.ExecuteSqlRawAsync("ANALYZE crm_sales.opportunities");
        await db.Database.ExecuteSqlRawAsync("ANALYZE crm_sales.funnel_day_totals");
    }
}
