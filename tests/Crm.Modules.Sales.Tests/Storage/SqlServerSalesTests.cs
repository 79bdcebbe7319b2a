using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Host.Persistence;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.Tests.Support;
using Crm.Modules.Sales.UseCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Crm.Sdk.Security;

namespace Crm.Modules.Sales.Tests.Storage;

/// <summary>
/// crm.sales under the SQL Server provider, proved without a server: the migration script creates the tables in
/// the module's schema with Unicode text, and the funnel report and refusals translate to one SQL statement each
/// (the report as a GROUP BY with COUNT and SUM, never grouped in memory), and the roll-up is kept with one atomic
/// MERGE per batch of cells.
/// </summary>
public sealed class SqlServerSalesTests : IAsyncLifetime
{
    // Never opened: building a model, scripting migrations and translating queries need no connection.
    private const string NoServer = "Server=127.0.0.1,1;Database=crm;User Id=crm;Password=unused;TrustServerCertificate=True";

    private IContainer _container = null!;
    private ILifetimeScope _scope = null!;

    public Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentUser>(new TestActor { Level = RecordAccessLevel.Team });
        services.AddCrmPersistence(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Crm:Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Crm"] = NoServer,
        }).Build());
        var builder = new ContainerBuilder();
        builder.Populate(services);
        _container = builder.Build();
        _scope = _container.BeginLifetimeScope(b => new SalesModule().ConfigureServices(b));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _container.DisposeAsync();
    }

    [Fact]
    public void The_migration_script_creates_the_tables_in_the_modules_schema_with_unicode_text()
    {
        var script = _scope.Resolve<SalesDbContext>().GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE SCHEMA [crm_sales]", script, StringComparison.Ordinal);
        foreach (var table in new[] { "funnel_day_totals", "funnels", "funnel_stages", "funnel_rules", "opportunities", "opportunity_products", "stage_moves", "loss_reasons", "products", "purchases", "purchase_lines", "leads" })
        {
            Assert.Contains($"CREATE TABLE [crm_sales].[{table}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("decimal(18,2)", script, StringComparison.Ordinal);
        Assert.DoesNotContain(" varchar(", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_funnel_report_translates_to_one_grouped_statement()
    {
        var report = _scope.Resolve<BuildFunnelReport>();

        var sql = report.Groups(new FunnelReportQuery(Guid.NewGuid(), DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow, "manager-1")).ToQueryString();

        Assert.Contains("FROM [crm_sales].[opportunities] AS [o]", sql, StringComparison.Ordinal);
        Assert.Contains("COUNT(*)", sql, StringComparison.Ordinal);
        Assert.Contains("SUM([o].[Amount])", sql, StringComparison.Ordinal);
        Assert.Contains("GROUP BY [o].[StageId], [o].[OwnerId], [o].[Currency], [o].[FurthestPosition], [o].[LossReasonCode]", sql, StringComparison.Ordinal);
        Assert.Single(sql.Split("GROUP BY", StringSplitOptions.None)[1..]);
        // Team access filters in the same statement: the owner must be one of the caller's team.
        Assert.Contains("[o].[OwnerId] = @members", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void The_funnel_report_reads_whole_days_from_the_roll_up_in_one_grouped_statement()
    {
        var report = _scope.Resolve<BuildFunnelReport>();

        var sql = report.TotalsGroups(new FunnelReportQuery(Guid.NewGuid(), DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow, "manager-1"), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1)).ToQueryString();

        Assert.Contains("FROM [crm_sales].[funnel_day_totals] AS [f]", sql, StringComparison.Ordinal);
        Assert.Contains("SUM([f].[OpportunityCount])", sql, StringComparison.Ordinal);
        Assert.Contains("SUM([f].[AmountHundredths])", sql, StringComparison.Ordinal);
        Assert.Contains("GROUP BY [f].[StageId], [f].[OwnerId], [f].[Currency], [f].[FurthestPosition], [f].[LossReasonCode]", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("[opportunities]", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void The_roll_up_is_kept_with_one_atomic_merge_per_hundred_cells_incrementing_in_the_database()
    {
        var db = _scope.Resolve<SalesDbContext>();
        var funnel = Guid.NewGuid();
        var deltas = Enumerable.Range(0, FunnelTotalsWriter.CellsPerStatement + 1).ToDictionary(
            n => new FunnelTotalsDelta.Cell(funnel, new DateOnly(2026, 1, 1).AddDays(n), Guid.NewGuid(), "manager-1", "RUB", 2, ""),
            n => (1L, 100_00L * n));

        var statements = FunnelTotalsWriter.Statements(db, deltas).ToList();

        Assert.Equal([FunnelTotalsWriter.CellsPerStatement * 9, 9], statements.Select(s => s.Parameters.Count));
        var merge = statements[0].Sql;
        Assert.StartsWith("MERGE [crm_sales].[funnel_day_totals] WITH (HOLDLOCK) AS t USING (VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}), ", merge, StringComparison.Ordinal);
        Assert.Contains(") AS s ([FunnelId], [Day], [StageId], [OwnerId], [Currency], [FurthestPosition], [LossReasonCode], [OpportunityCount], [AmountHundredths]) ON t.[FunnelId] = s.[FunnelId] AND ", merge, StringComparison.Ordinal);
        Assert.Contains(" AND t.[LossReasonCode] = s.[LossReasonCode] WHEN MATCHED THEN UPDATE SET t.[OpportunityCount] = t.[OpportunityCount] + s.[OpportunityCount], t.[AmountHundredths] = t.[AmountHundredths] + s.[AmountHundredths] WHEN NOT MATCHED THEN INSERT (", merge, StringComparison.Ordinal);
        Assert.EndsWith("VALUES (s.[FunnelId], s.[Day], s.[StageId], s.[OwnerId], s.[Currency], s.[FurthestPosition], s.[LossReasonCode], s.[OpportunityCount], s.[AmountHundredths]);", merge, StringComparison.Ordinal);
        Assert.Contains("({891}, {892}, {893}, {894}, {895}, {896}, {897}, {898}, {899})", merge, StringComparison.Ordinal);
        Assert.DoesNotContain("{900}", merge, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusals_by_product_translate_to_an_exists()
    {
        var refusals = _scope.Resolve<Refusals>();

        var sql = refusals.Matching(new RefusalFilter { ReasonCode = "price", ProductId = Guid.NewGuid(), From = DateTimeOffset.UnixEpoch }).ToQueryString();

        Assert.Contains("EXISTS (", sql, StringComparison.Ordinal);
        Assert.Contains("FROM [crm_sales].[opportunity_products]", sql, StringComparison.Ordinal);
        Assert.Contains("[o].[ClosedAt] >= @", sql, StringComparison.Ordinal);
    }
}
