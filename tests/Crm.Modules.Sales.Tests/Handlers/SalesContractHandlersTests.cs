using Autofac;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.Tests.Support;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Ownership;
using Crm.Sdk.Contracts.Sales;
using Crm.Sdk.Contracts.WorkingNow;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Tests.Handlers;

/// <summary>The contracts other modules call: owned work and its transfer, "working now", products.</summary>
public sealed class SalesContractHandlersTests : IAsyncLifetime
{
    private SalesHarness _harness = null!;
    private SalesCatalog _catalog = null!;
    private Guid _customer;

    public async Task InitializeAsync()
    {
        _harness = await SalesHarness.StartAsync();
        _catalog = await _harness.CatalogAsync();
        _customer = await _harness.CustomerAsync("Бета");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Open_opportunities_are_collected_as_owned_work_and_transferred_to_the_substitute()
    {
        var mine = await _harness.OpportunityAsync(_customer, _catalog.NewClients);
        await _harness.OpportunityAsync(_customer, _catalog.NewClients, owner: "manager-2");
        await using var scope = _harness.BeginRequest();
        var mediator = scope.Resolve<IMediator>();

        var collect = new CollectOwnedWork("manager-1");
        await mediator.Publish(collect);
        var item = Assert.Single(collect.Items);
        Assert.Equal((new InteractionReference("Opportunity", mine.Id.ToString()), _customer, SalesModule.Id), (item.Record, item.CustomerId, item.SourceModule));

        var transfer = new TransferOwnedWork("manager-1", "manager-2", [item.Record, new InteractionReference("Activity", "1")]);
        await mediator.Publish(transfer);

        Assert.Equal([item.Record], transfer.Moved);
        await using var check = _harness.BeginRequest();
        Assert.Equal(2, await check.Resolve<SalesDbContext>().Opportunities.CountAsync(o => o.OwnerId == "manager-2"));
    }

    [Fact]
    public async Task Open_deals_show_in_working_now()
    {
        var deal = await _harness.OpportunityAsync(_customer, _catalog.NewClients);
        await using var scope = _harness.BeginRequest();

        var collect = new CollectWorkingNow(_customer, SalesHarness.Start.AddDays(-14));
        await scope.Resolve<IMediator>().Publish(collect);

        var item = Assert.Single(collect.Items, i => i.SourceModule == SalesModule.Id);
        Assert.Equal(("manager-1", "OPEN_DEAL", deal.Id.ToString()), (item.UserId, item.Activity, item.Reference!.Id));
    }

    [Fact]
    public async Task Products_are_answered_by_id_in_one_call()
    {
        await using var scope = _harness.BeginRequest();

        var products = await scope.Resolve<IMediator>().Send(new GetProducts([_catalog.Ads.Id, Guid.NewGuid()]));

        var product = Assert.Single(products);
        Assert.Equal(("AD-QUARTER", "Print", 12000m, true), (product.Sku, product.Category, product.Price, product.IsActive));
    }
}
