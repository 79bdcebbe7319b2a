using Crm.Plugins.Tests.Catalog;
using Crm.Plugins.Tests.Support;
using Crm.Sdk.Contracts.Sales;
using Crm.Sdk.GraphQL;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Plugins.Tests.Loyalty;

/// <summary>
/// Points earned from crm.sales' PurchaseRecorded (published here through the host's mediator, as crm.sales would),
/// once per purchase however often it is delivered, and spent without ever overdrawing.
/// </summary>
public sealed class PointsTests(LoyaltyHost fixture) : IClassFixture<LoyaltyHost>
{
    private PluginTestHost Host => fixture.Host;

    [Fact]
    public async Task A_purchase_earns_points_once_even_when_delivered_twice_and_points_can_be_spent()
    {
        var customer = await Host.CreateCustomerAsync("Points Collector");
        var customerId = Guid.ParseExact(GlobalId.Decode(customer, "Customer"), "N");
        var purchase = new PurchaseRecorded(Guid.NewGuid(), customerId, Host.Clock.GetUtcNow(), [new PurchaseLine(CatalogProducts.Coffee.Id, "COF-1", "Food", 3, 20m)], 60.40m, "EUR", "seller-1");
        var mediator = Host.Host.Services.GetRequiredService<IMediator>();

        await mediator.Publish(purchase);
        await mediator.Publish(purchase);
        await Task.WhenAll(mediator.Publish(purchase), mediator.Publish(purchase));

        Assert.Equal(60, await PointsAsync(customer));
        var spent = await Host.SendAsync("mutation($c: ID!) { spendLoyaltyPoints(input: { customerId: $c, points: 25, reason: \"Mug\" }) { loyalty { points } errors { code } } }", new { c = customer });
        Assert.Equal(35, spent["spendLoyaltyPoints"]!["loyalty"]!["points"]!.GetValue<long>());
        var overdrawn = await Host.SendAsync("mutation($c: ID!) { spendLoyaltyPoints(input: { customerId: $c, points: 36, reason: \"Grinder\" }) { loyalty { points } errors { code message } } }", new { c = customer });
        Assert.Equal("INSUFFICIENT_POINTS", overdrawn["spendLoyaltyPoints"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(35, await PointsAsync(customer));
    }

    private async Task<long> PointsAsync(string customer) =>
        (await Host.SendAsync("query($c: ID!) { customer(id: $c) { loyalty { points } } }", new { c = customer }))["customer"]!["loyalty"]!["points"]!.GetValue<long>();
}
