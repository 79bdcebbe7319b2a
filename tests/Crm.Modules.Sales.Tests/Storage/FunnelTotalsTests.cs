using Autofac;
using Crm.Host.Tests.Persistence.Support;
using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.Tests.Support;
using Crm.Modules.Sales.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Ownership;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Tests.Storage;

/// <summary>
/// The funnel report's roll-up stays equal to the opportunities it summarises through every kind of change (open,
/// move, loss, owner transfer, amounts with cents), the migration's back-fill builds the same cells, and a period
/// with partial days at its edges reads those from the opportunities: on SQLite and on PostgreSQL.
/// </summary>
public sealed class FunnelTotalsTests
{
    [Fact]
    public Task Sqlite_roll_up_follows_every_change() => RollUpFollowsEveryChangeAsync(DatabaseKind.Sqlite);

    [PostgresFact]
    public Task Postgres_roll_up_follows_every_change() => RollUpFollowsEveryChangeAsync(DatabaseKind.Postgres);

    [Fact]
    public Task Sqlite_partial_days_come_from_the_opportunities() => PartialDaysAsync(DatabaseKind.Sqlite);

    [PostgresFact]
    public Task Postgres_partial_days_come_from_the_opportunities() => PartialDaysAsync(DatabaseKind.Postgres);

    private static async Task RollUpFollowsEveryChangeAsync(DatabaseKind kind)
    {
        await using var harness = await SalesHarness.StartAsync(kind);
        var catalog = await harness.CatalogAsync();
        var funnel = catalog.NewClients;
        var customer = await harness.CustomerAsync("Вечерний город");
        var moved = await harness.OpportunityAsync(customer, funnel, amount: 1999.99m);
        await Move(harness, catalog, moved, "Proposal sent");
        var lost = await harness.OpportunityAsync(customer, funnel, amount: 0.01m);
        SalesSample.Ok(await harness.InRequest<MoveOpportunity, ContractResult<Opportunity>>(m => m.LoseAsync(lost.Id, lost.Version, "PRICE", "Too dear", CancellationToken.None)));
        harness.Time.Now = harness.Time.Now.AddDays(1);
        var handedOver = await harness.OpportunityAsync(customer, funnel, amount: 333.33m);
        await harness.OpportunityAsync(customer, funnel, owner: "manager-2", amount: 100m);
        await harness.InRequest<IMediator, bool>(async m =>
        {
            await m.Publish(new TransferOwnedWork("manager-1", "manager-2", [new InteractionReference("Opportunity", handedOver.Id.ToString())]));
            return true;
        });

        var query = new FunnelReportQuery(funnel.Id, SalesHarness.Start.AddDays(-3), SalesHarness.Start.AddDays(3));
        var fromOpportunities = await harness.InRequest<BuildFunnelReport, List<FunnelReportRow>>(r => r.Groups(query).ToListAsync());
        Assert.Equal(4, fromOpportunities.Sum(r => r.Count));
        Assert.Equal(Sorted(fromOpportunities), Sorted(await RollUpAsync(harness, query)));
        Assert.Equal(Sorted(fromOpportunities), Sorted(await harness.InRequest<BuildFunnelReport, List<FunnelReportRow>>(r => r.RowsAsync(query, CancellationToken.None))));

        // The migration's back-fill, run on the same opportunities, builds the same cells.
        await using (var scope = harness.BeginRequest())
        {
            var db = scope.Resolve<SalesDbContext>();
            await db.FunnelDayTotals.ExecuteDeleteAsync();
            await db.Database.ExecuteSqlRawAsync(FunnelTotalsBackfill.Sql(db.Database.ProviderName, db.Storage));
        }

        Assert.Equal(Sorted(fromOpportunities), Sorted(await RollUpAsync(harness, query)));
    }

    private static async Task PartialDaysAsync(DatabaseKind kind)
    {
        await using var harness = await SalesHarness.StartAsync(kind);
        var catalog = await harness.CatalogAsync();
        var customer = await harness.CustomerAsync("Fresh Bakery");
        var day = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        foreach (var hours in new[] { 9, 15, 24 + 11, 48 + 11, 48 + 13 })
        {
            harness.Time.Now = day.AddHours(hours);
            await harness.OpportunityAsync(customer, catalog.NewClients, amount: 10m);
        }

        // From noon on the first day to noon on the third: 15:00, the whole second day (11:00), and 11:00 on the third.
        var report = SalesSample.Ok(await harness.InRequest<BuildFunnelReport, ContractResult<FunnelReport>>(r =>
            r.HandleAsync(new FunnelReportQuery(catalog.NewClients.Id, day.AddHours(12), day.AddHours(60)), CancellationToken.None)));

        Assert.Equal(3, report.Total);
        Assert.Equal(new MoneyTotal("RUB", 30m), Assert.Single(report.Stages.Single(s => s.Stage.Name == "First contact").Amounts));
    }

    private static async Task<List<FunnelReportRow>> RollUpAsync(SalesHarness harness, FunnelReportQuery query) =>
        await harness.InRequest<BuildFunnelReport, List<FunnelReportRow>>(async r =>
            (await r.TotalsGroups(query, DateOnly.FromDateTime(query.From.UtcDateTime), DateOnly.FromDateTime(query.To.UtcDateTime)).ToListAsync())
            .Where(g => g.Count != 0)
            .Select(g => new FunnelReportRow(g.StageId, g.OwnerId, g.Currency, g.FurthestPosition, g.LossReasonCode.Length == 0 ? null : g.LossReasonCode, (int)g.Count, g.AmountHundredths / 100m))
            .ToList());

    private static List<FunnelReportRow> Sorted(IEnumerable<FunnelReportRow> rows) =>
        rows.Select(r => r with { Amount = decimal.Round(r.Amount, 2) })
            .OrderBy(r => r.StageId).ThenBy(r => r.OwnerId, StringComparer.Ordinal).ThenBy(r => r.Currency, StringComparer.Ordinal)
            .ThenBy(r => r.FurthestPosition).ThenBy(r => r.LossReasonCode, StringComparer.Ordinal).ToList();

    private static async Task<Opportunity> Move(SalesHarness harness, SalesCatalog catalog, Opportunity opportunity, string stage) =>
        SalesSample.Ok(await harness.InRequest<MoveOpportunity, ContractResult<Opportunity>>(m =>
            m.HandleAsync(opportunity.Id, opportunity.Version, catalog.Stage(catalog.NewClients, stage).Id, null, null, CancellationToken.None)));
}
