using Autofac;
using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.Tests.Support;
using Crm.Modules.Sales.UseCases;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Tests.UseCases;

public sealed class OpenOpportunityTests : IAsyncLifetime
{
    private SalesHarness _harness = null!;
    private SalesCatalog _catalog = null!;
    private Guid _customer;

    public async Task InitializeAsync()
    {
        _harness = await SalesHarness.StartAsync();
        _catalog = await _harness.CatalogAsync();
        _customer = await _harness.CustomerAsync("ООО «Ромашка»");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_new_opportunity_starts_in_the_first_open_stage_with_its_probability_and_a_recorded_move()
    {
        var opportunity = await _harness.OpportunityAsync(_customer, _catalog.NewClients, products: [_catalog.Ads.Id]);

        Assert.Equal((_catalog.Stage(_catalog.NewClients, "First contact").Id, 10, OpportunityStatus.Open), (opportunity.StageId, opportunity.Probability, opportunity.Status));
        await using var scope = _harness.BeginRequest();
        var db = scope.Resolve<SalesDbContext>();
        var move = await db.StageMoves.SingleAsync();
        Assert.Equal((opportunity.Id, (Guid?)null, opportunity.StageId), (move.OpportunityId, move.FromStageId, move.ToStageId));
        Assert.Equal(_catalog.Ads.Id, (await db.OpportunityProducts.SingleAsync()).ProductId);
    }

    [Theory]
    [InlineData("nobody", SalesErrorCodes.UnknownOwner)]
    [InlineData("gone", SalesErrorCodes.UnknownOwner)]
    public async Task An_unknown_or_deactivated_owner_is_refused_and_nothing_is_written(string owner, string code)
    {
        var result = await Open(new OpportunityInput(_customer, "Placement", 100m, "RUB", owner, _catalog.NewClients.Id));

        Assert.Equal("ownerId", SalesSample.Fails(result, code).Field);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task An_unknown_client_is_refused_and_nothing_is_written()
    {
        var result = await Open(new OpportunityInput(Guid.NewGuid(), "Placement", 100m, "RUB", "manager-1", _catalog.NewClients.Id));

        Assert.Equal("customerId", SalesSample.Fails(result, ContractErrorCodes.NotFound).Field);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_stage_of_another_funnel_is_refused()
    {
        var result = await Open(new OpportunityInput(_customer, "Placement", 100m, "RUB", "manager-1", _catalog.NewClients.Id) { StageId = _catalog.Stage(_catalog.Renewals, "Renewal due").Id });

        SalesSample.Fails(result, SalesErrorCodes.StageOfAnotherFunnel);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_negative_amount_a_bad_currency_and_an_empty_title_are_all_reported_at_once()
    {
        var result = await Open(new OpportunityInput(_customer, " ", -1m, "rub", "manager-1", _catalog.NewClients.Id));

        Assert.Equal(["amount", "currency", "title"], result.Errors.Select(e => e.Field).Order());
        await AssertNothingWrittenAsync();
    }

    private Task<ContractResult<Opportunity>> Open(OpportunityInput input) =>
        _harness.InRequest<OpenOpportunity, ContractResult<Opportunity>>(open => open.HandleAsync(input, "manager-1", CancellationToken.None));

    private async Task AssertNothingWrittenAsync()
    {
        await using var scope = _harness.BeginRequest();
        var db = scope.Resolve<SalesDbContext>();
        Assert.False(await db.Opportunities.AnyAsync());
        Assert.False(await db.StageMoves.AnyAsync());
    }
}
