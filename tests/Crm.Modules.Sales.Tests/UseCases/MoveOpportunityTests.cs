using Autofac;
using Crm.Modules.Interactions.Storage;
using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.Tests.Support;
using Crm.Modules.Sales.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Sales;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Tests.UseCases;

public sealed class MoveOpportunityTests : IAsyncLifetime
{
    private SalesHarness _harness = null!;
    private SalesCatalog _catalog = null!;
    private Guid _customer;

    public async Task InitializeAsync()
    {
        _harness = await SalesHarness.StartAsync();
        _catalog = await _harness.CatalogAsync();
        _customer = await _harness.CustomerAsync("Fresh Bakery");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_move_within_the_funnel_is_recorded_and_takes_the_stage_probability()
    {
        var opportunity = await _harness.OpportunityAsync(_customer, _catalog.NewClients);
        var proposal = _catalog.Stage(_catalog.NewClients, "Proposal sent");

        var moved = SalesSample.Ok(await Move(m => m.HandleAsync(opportunity.Id, opportunity.Version, proposal.Id, null, null, CancellationToken.None)));

        Assert.Equal((proposal.Id, 60, 2L, proposal.Position), (moved.StageId, moved.Probability, moved.Version, moved.FurthestPosition));
        Assert.Equal(2, await Db(db => db.StageMoves.CountAsync(m => m.OpportunityId == opportunity.Id)));
    }

    [Fact]
    public async Task A_stage_of_another_funnel_is_refused_and_nothing_changes()
    {
        var opportunity = await _harness.OpportunityAsync(_customer, _catalog.NewClients);

        var result = await Move(m => m.HandleAsync(opportunity.Id, opportunity.Version, _catalog.Stage(_catalog.Renewals, "Terms agreed").Id, null, null, CancellationToken.None));

        SalesSample.Fails(result, SalesErrorCodes.StageOfAnotherFunnel);
        Assert.Equal(1, await Db(db => db.StageMoves.CountAsync()));
        Assert.Equal(opportunity.StageId, await Db(db => db.Opportunities.Select(o => o.StageId).SingleAsync()));
    }

    [Theory]
    [InlineData(null, "They said no", "lossReasonCode")]
    [InlineData("PRICE", null, "comment")]
    [InlineData("PRICE", "  ", "comment")]
    public async Task Losing_without_a_reason_or_a_comment_is_refused_and_nothing_changes(string? reason, string? comment, string field)
    {
        var opportunity = await _harness.OpportunityAsync(_customer, _catalog.NewClients);

        var result = await Move(m => m.LoseAsync(opportunity.Id, opportunity.Version, reason, comment, CancellationToken.None));

        Assert.Equal(field, SalesSample.Fails(result, SalesErrorCodes.LossReasonRequired).Field);
        Assert.Equal(OpportunityStatus.Open, await Db(db => db.Opportunities.Select(o => o.Status).SingleAsync()));
        Assert.Empty(_harness.Published.Of<OpportunityClosed>());
    }

    [Fact]
    public async Task A_reason_outside_the_catalog_is_refused()
    {
        var opportunity = await _harness.OpportunityAsync(_customer, _catalog.NewClients);

        var result = await Move(m => m.LoseAsync(opportunity.Id, opportunity.Version, "WEATHER", "Rain", CancellationToken.None));

        Assert.Equal("lossReasonCode", SalesSample.Fails(result, ContractErrorCodes.NotFound).Field);
    }

    [Fact]
    public async Task Losing_with_a_reason_closes_it_notes_the_timeline_and_tells_other_modules()
    {
        var opportunity = await _harness.OpportunityAsync(_customer, _catalog.NewClients, products: [_catalog.Banner.Id]);

        var lost = SalesSample.Ok(await Move(m => m.LoseAsync(opportunity.Id, opportunity.Version, "price", "Found it cheaper elsewhere", CancellationToken.None)));

        Assert.Equal((OpportunityStatus.Lost, "PRICE", 0), (lost.Status, lost.LossReasonCode, lost.Probability));
        Assert.Equal(SalesHarness.Start.UtcDateTime, lost.ClosedAt);
        var closed = Assert.Single(_harness.Published.Of<OpportunityClosed>());
        Assert.Equal((false, "PRICE", _catalog.Banner.Id), (closed.Won, closed.LossReasonCode, Assert.Single(closed.ProductIds)));
        await using var scope = _harness.BeginRequest();
        var note = await scope.Resolve<InteractionsDbContext>().Interactions.SingleAsync();
        Assert.Equal((InteractionKinds.Note, "LOST", opportunity.Id.ToString()), (note.Kind, note.Outcome, note.ConcernsId));
    }

    [Fact]
    public async Task A_closed_opportunity_does_not_move_again()
    {
        var opportunity = await _harness.OpportunityAsync(_customer, _catalog.NewClients);
        var won = SalesSample.Ok(await Move(m => m.HandleAsync(opportunity.Id, opportunity.Version, _catalog.Stage(_catalog.NewClients, "Won").Id, null, null, CancellationToken.None)));

        var result = await Move(m => m.HandleAsync(won.Id, won.Version, _catalog.Stage(_catalog.NewClients, "Negotiation").Id, null, null, CancellationToken.None));

        SalesSample.Fails(result, SalesErrorCodes.AlreadyClosed);
        Assert.True(Assert.Single(_harness.Published.Of<OpportunityClosed>()).Won);
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict()
    {
        var opportunity = await _harness.OpportunityAsync(_customer, _catalog.NewClients);

        var result = await Move(m => m.HandleAsync(opportunity.Id, opportunity.Version + 1, _catalog.Stage(_catalog.NewClients, "Negotiation").Id, null, null, CancellationToken.None));

        SalesSample.Fails(result, ContractErrorCodes.Conflict);
    }

    [Fact]
    public async Task Someone_elses_opportunity_out_of_reach_answers_not_found()
    {
        var opportunity = await _harness.OpportunityAsync(_customer, _catalog.NewClients, owner: "manager-2");
        _harness.Actor.Level = RecordAccessLevel.Own;

        var result = await Move(m => m.LoseAsync(opportunity.Id, opportunity.Version, "PRICE", "No", CancellationToken.None));

        SalesSample.Fails(result, ContractErrorCodes.NotFound);
    }

    private Task<ContractResult<Opportunity>> Move(Func<MoveOpportunity, Task<ContractResult<Opportunity>>> action) => _harness.InRequest(action);

    private async Task<T> Db<T>(Func<SalesDbContext, Task<T>> query)
    {
        await using var scope = _harness.BeginRequest();
        return await query(scope.Resolve<SalesDbContext>());
    }
}
