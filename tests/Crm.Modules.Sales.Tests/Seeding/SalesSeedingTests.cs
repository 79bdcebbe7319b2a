using Autofac;
using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.Tests.Support;
using Crm.Sdk.Contracts.Seeding;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Tests.Seeding;

/// <summary>The demo and load seeds, run with the real customers and interactions seeds before them.</summary>
public sealed class SalesSeedingTests : IAsyncLifetime
{
    private SalesHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await SalesHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Demo_data_gives_two_funnels_the_catalogs_and_the_advertisers_deals_once()
    {
        var seed = new SeedDemoData(SalesHarness.Start);
        await using (var scope = _harness.BeginRequest())
        {
            await scope.Resolve<IMediator>().Publish(seed);
        }

        Assert.Contains(seed.Report.Lines, l => (l.ModuleId, l.What, l.Count) == (SalesModule.Id, "opportunities", 2));
        await using var check = _harness.BeginRequest();
        var db = check.Resolve<SalesDbContext>();
        Assert.Equal(2, await db.Funnels.CountAsync());
        Assert.Equal(4, await db.LossReasons.CountAsync());
        Assert.Equal(2, await db.StageMoves.CountAsync());

        var again = new SeedDemoData(SalesHarness.Start);
        await check.Resolve<IMediator>().Publish(again);
        Assert.Contains(again.Report.Lines, l => l.ModuleId == SalesModule.Id && l.SkippedBecause is not null);
    }

    [Fact]
    public async Task Load_data_gives_three_opportunities_per_customer_over_every_stage()
    {
        var seed = new SeedLoadData(Customers: 40, InteractionsPerCustomer: 1, SalesHarness.Start);
        await using (var scope = _harness.BeginRequest())
        {
            await scope.Resolve<IMediator>().Publish(seed);
        }

        await using var check = _harness.BeginRequest();
        var db = check.Resolve<SalesDbContext>();
        Assert.Equal(120, await db.Opportunities.CountAsync());
        Assert.Equal(3, await db.Opportunities.Select(o => o.Status).Distinct().CountAsync());
        Assert.True(await db.Opportunities.Where(o => o.Status == OpportunityStatus.Lost).AllAsync(o => o.LossReasonCode != null));
    }
}
