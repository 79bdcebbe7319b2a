using Autofac;
using Crm.Modules.Interactions.Storage;
using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.Tests.Support;
using Crm.Modules.Sales.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Sales;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Tests.UseCases;

public sealed class RecordPurchaseTests : IAsyncLifetime
{
    private SalesHarness _harness = null!;
    private SalesCatalog _catalog = null!;
    private Guid _customer;

    public async Task InitializeAsync()
    {
        _harness = await SalesHarness.StartAsync();
        _catalog = await _harness.CatalogAsync();
        _customer = await _harness.CustomerAsync("Вечерний город");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_purchase_lands_in_the_timeline_is_published_and_wins_the_open_deal_by_the_funnel_rule()
    {
        var deal = await _harness.OpportunityAsync(_customer, _catalog.NewClients);
        var input = new PurchaseInput(_customer, SalesHarness.Start.AddHours(-1), "RUB", [new(_catalog.Ads.Id, 2m), new(_catalog.Banner.Id, 1m, 7500m)]);

        var purchase = SalesSample.Ok(await Record(input));

        Assert.Equal(31500m, purchase.Amount);
        var published = Assert.Single(_harness.Published.Of<PurchaseRecorded>());
        Assert.Equal((purchase.Id, 31500m, 2), (published.PurchaseId, published.Amount, published.Lines.Count));
        Assert.Equal("AD-QUARTER", published.Lines[0].Sku);
        await using var scope = _harness.BeginRequest();
        var kinds = await scope.Resolve<InteractionsDbContext>().Interactions.Select(i => i.Kind).ToListAsync();
        Assert.Contains(InteractionKinds.Purchase, kinds);
        var won = await scope.Resolve<SalesDbContext>().Opportunities.SingleAsync(o => o.Id == deal.Id);
        Assert.Equal((OpportunityStatus.Won, _catalog.Stage(_catalog.NewClients, "Won").Id), (won.Status, won.StageId));
        var move = await scope.Resolve<SalesDbContext>().StageMoves.Where(m => m.OpportunityId == deal.Id && m.Rule != null).SingleAsync();
        Assert.Equal("rule: PurchaseRecorded", move.Rule);
        Assert.True(Assert.Single(_harness.Published.Of<OpportunityClosed>()).Won);
    }

    [Fact]
    public async Task A_purchase_with_no_lines_is_refused_and_nothing_is_written()
    {
        var result = await Record(new PurchaseInput(_customer, SalesHarness.Start, "RUB", []));

        Assert.Equal("lines", SalesSample.Fails(result, SalesErrorCodes.EmptyPurchase).Field);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_negative_price_or_quantity_is_refused_and_nothing_is_written()
    {
        var result = await Record(new PurchaseInput(_customer, SalesHarness.Start, "RUB", [new(_catalog.Ads.Id, 1m, -100m), new(_catalog.Banner.Id, -2m)]));

        Assert.Equal(["lines[0].unitPrice", "lines[1].quantity"], result.Errors.Where(e => e.Code == SalesErrorCodes.NegativeAmount).Select(e => e.Field).Order());
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task An_unknown_client_or_product_is_refused_and_nothing_is_written()
    {
        var result = await Record(new PurchaseInput(Guid.NewGuid(), SalesHarness.Start, "RUB", [new(Guid.NewGuid(), 1m)]));

        Assert.Equal(["customerId", "lines[0].productId"], result.Errors.Where(e => e.Code == ContractErrorCodes.NotFound).Select(e => e.Field).Order());
        await AssertNothingWrittenAsync();
    }

    private Task<ContractResult<Purchase>> Record(PurchaseInput input) =>
        _harness.InRequest<RecordPurchase, ContractResult<Purchase>>(record => record.HandleAsync(input, "manager-1", CancellationToken.None));

    private async Task AssertNothingWrittenAsync()
    {
        await using var scope = _harness.BeginRequest();
        Assert.False(await scope.Resolve<SalesDbContext>().Purchases.AnyAsync());
        Assert.False(await scope.Resolve<InteractionsDbContext>().Interactions.AnyAsync());
        Assert.Empty(_harness.Published.Of<PurchaseRecorded>());
    }
}
