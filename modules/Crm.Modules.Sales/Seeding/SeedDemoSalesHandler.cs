using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Seeding;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Seeding;

/// <summary>
/// Demo data: the "New clients" and "Renewals" funnels, the loss reasons, four products, the loyal advertiser's
/// renewal in negotiation and the new advertiser's first deal. Opportunities are written directly (not through
/// the owner check): the demo users may not exist in the identity store when the seed runs.
/// </summary>
internal sealed class SeedDemoSalesHandler(SalesDbContext db, DefineFunnel funnels, DefineCatalog catalog, TimeProvider time) : INotificationHandler<SeedDemoData>
{
    public async Task Handle(SeedDemoData notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (await db.Funnels.AnyAsync(cancellationToken))
        {
            notification.Report.Skip(SalesModule.Id, "funnels exist already; demo data goes into an empty database");
            return;
        }

        foreach (var (code, name) in SalesCatalogSeed.Reasons)
        {
            Require(await catalog.AddLossReasonAsync(code, name, cancellationToken));
        }

        var products = new List<Guid>();
        foreach (var (name, sku, price, category) in SalesCatalogSeed.Products)
        {
            products.Add(Require(await catalog.AddProductAsync(name, sku, price, "RUB", category, cancellationToken)).Id);
        }

        var newClients = Require(await funnels.HandleAsync(SalesCatalogSeed.NewClients, cancellationToken));
        var renewals = Require(await funnels.HandleAsync(SalesCatalogSeed.Renewals, cancellationToken));
        var opened = 0;
        var now = time.GetUtcNow().UtcDateTime;
        if (notification.Cast.Customer(DemoCast.LoyalAdvertiser) is { } loyal)
        {
            var stage = renewals.Stages.Single(s => s.Name == "Terms agreed");
            Add(new OpportunityInput(loyal, "Продление 3-й полосы на первое полугодие", 240000m, "RUB", DemoCast.HeadOfSales, renewals.Id) { ProductIds = [products[0]], ExpectedCloseDate = DateOnly.FromDateTime(now).AddDays(20) }, stage, now);
            opened++;
        }

        if (notification.Cast.Customer(DemoCast.NewAdvertiser) is { } newcomer)
        {
            Add(new OpportunityInput(newcomer, "First placement: page 3 top", 48000m, "RUB", DemoCast.NewColleague, newClients.Id) { ProductIds = [products[0], products[2]] }, newClients.FirstOpenStage, now);
            opened++;
        }

        await db.SaveChangesAsync(cancellationToken);
        notification.Report.Add(SalesModule.Id, "funnels", 2);
        notification.Report.Add(SalesModule.Id, "products", products.Count);
        notification.Report.Add(SalesModule.Id, "opportunities", opened);
    }

    private void Add(OpportunityInput input, FunnelStage stage, DateTime now)
    {
        db.Opportunities.Add(OpenOpportunity.Create(input, stage, DemoCast.HeadOfSales, now, out var move));
        db.StageMoves.Add(move);
    }

    private static T Require<T>(ContractResult<T> result) =>
        result.Succeeded ? result.Value : throw new InvalidOperationException($"Demo sales data refused: {string.Join("; ", result.Errors.Select(e => e.Message))}");
}
