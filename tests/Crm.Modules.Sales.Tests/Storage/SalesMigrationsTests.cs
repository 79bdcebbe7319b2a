using Autofac;
using Crm.Host.Tests.Persistence.Support;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.Tests.Support;
using Crm.Modules.Sales.UseCases;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Tests.Storage;

/// <summary>
/// The hand-written migration, applied to an empty database, gives exactly the tables, columns, keys and indexes
/// the model expects, on SQLite and on PostgreSQL; the report's GROUP BY and decimal sums then run there.
/// </summary>
public sealed class SalesMigrationsTests
{
    [Fact]
    public Task Sqlite_schema_equals_the_model() => SchemaEqualsModelAsync(DatabaseKind.Sqlite);

    [PostgresFact]
    public Task Postgres_schema_equals_the_model() => SchemaEqualsModelAsync(DatabaseKind.Postgres);

    [PostgresFact]
    public async Task Postgres_runs_the_purchase_rule_and_the_report()
    {
        await using var harness = await SalesHarness.StartAsync(DatabaseKind.Postgres);
        var catalog = await harness.CatalogAsync();
        var customer = await harness.CustomerAsync("ООО «Ромашка»");
        await harness.OpportunityAsync(customer, catalog.NewClients, amount: 1234.5m, products: [catalog.Ads.Id]);
        SalesSample.Ok(await harness.InRequest<RecordPurchase, ContractResult<Domain.Purchase>>(r =>
            r.HandleAsync(new PurchaseInput(customer, SalesHarness.Start, "RUB", [new(catalog.Ads.Id, 1m)]), "manager-1", CancellationToken.None)));

        var report = SalesSample.Ok(await harness.InRequest<BuildFunnelReport, ContractResult<FunnelReport>>(r =>
            r.HandleAsync(new FunnelReportQuery(catalog.NewClients.Id, SalesHarness.Start.AddDays(-1), SalesHarness.Start.AddDays(1)), CancellationToken.None)));

        var won = report.Stages.Single(s => s.Stage.Outcome == Domain.StageOutcome.Won);
        Assert.Equal((1, 1234.5m), (won.Count, won.Amounts.Single().Amount));
    }

    private static async Task SchemaEqualsModelAsync(DatabaseKind kind)
    {
        await using var harness = await SalesHarness.StartAsync(kind);
        await using var scope = harness.BeginRequest();
        var context = scope.Resolve<SalesDbContext>();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        var differences = SchemaComparison.Differences(context);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }
}
