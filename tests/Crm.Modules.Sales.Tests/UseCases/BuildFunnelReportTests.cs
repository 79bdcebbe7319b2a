using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Tests.Support;
using Crm.Modules.Sales.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Security;

namespace Crm.Modules.Sales.Tests.UseCases;

public sealed class BuildFunnelReportTests : IAsyncLifetime
{
    private SalesHarness _harness = null!;
    private SalesCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        _harness = await SalesHarness.StartAsync();
        _catalog = await _harness.CatalogAsync();
        var customer = await _harness.CustomerAsync("Альфа");
        var funnel = _catalog.NewClients;
        // manager-1: one still at first contact, one lost for PRICE after negotiation, one won.
        await _harness.OpportunityAsync(customer, funnel, amount: 1000m);
        var lost = await _harness.OpportunityAsync(customer, funnel, amount: 2000m);
        lost = await MoveAsync(lost, "Negotiation");
        await _harness.InRequest<MoveOpportunity, ContractResult<Opportunity>>(m => m.LoseAsync(lost.Id, lost.Version, "PRICE", "Too dear", CancellationToken.None));
        var won = await _harness.OpportunityAsync(customer, funnel, amount: 4000m);
        await MoveAsync(won, "Won");
        // manager-2: one at proposal, one lost for COMPETITOR right away.
        await MoveAsync(await _harness.OpportunityAsync(customer, funnel, owner: "manager-2", amount: 8000m), "Proposal sent");
        var other = await _harness.OpportunityAsync(customer, funnel, owner: "manager-2", amount: 16000m);
        await _harness.InRequest<MoveOpportunity, ContractResult<Opportunity>>(m => m.LoseAsync(other.Id, other.Version, "COMPETITOR", "Went elsewhere", CancellationToken.None));
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Counts_amounts_and_conversion_per_stage()
    {
        var report = await ReportAsync(null);

        Assert.Equal(5, report.Total);
        var stages = report.Stages.ToDictionary(s => s.Stage.Name);
        Assert.Equal((1, 5, (double?)null), (stages["First contact"].Count, stages["First contact"].Reached, stages["First contact"].Conversion));
        Assert.Equal((0, 3), (stages["Needs understood"].Count, stages["Needs understood"].Reached));
        Assert.Equal(3 / 5.0, stages["Needs understood"].Conversion);
        Assert.Equal((1, 3), (stages["Proposal sent"].Count, stages["Proposal sent"].Reached));
        Assert.Equal((0, 2), (stages["Negotiation"].Count, stages["Negotiation"].Reached));
        Assert.Equal((1, 1, 0.5), (stages["Won"].Count, stages["Won"].Reached, stages["Won"].Conversion));
        Assert.Equal(new MoneyTotal("RUB", 4000m), Assert.Single(stages["Won"].Amounts));
        Assert.Equal((2, (double?)null), (stages["Lost"].Count, stages["Lost"].Conversion));
    }

    [Fact]
    public async Task Figures_per_manager_and_losses_by_reason()
    {
        var report = await ReportAsync(null);

        var first = report.Managers.Single(m => m.OwnerId == "manager-1");
        Assert.Equal((1, 1, 1, 0.5), (first.Open, first.Won, first.Lost, first.WinRate));
        var second = report.Managers.Single(m => m.OwnerId == "manager-2");
        Assert.Equal((1, 0, 1, 0.0), (second.Open, second.Won, second.Lost, second.WinRate));
        Assert.Equal([("COMPETITOR", 1, 16000m), ("PRICE", 1, 2000m)], report.LossReasons.Select(r => (r.ReasonCode, r.Count, r.Amounts.Single().Amount)).OrderBy(r => r.ReasonCode));
    }

    [Fact]
    public async Task One_manager_and_a_period_narrow_the_report()
    {
        Assert.Equal(3, (await ReportAsync("manager-1")).Total);
        var empty = SalesSample.Ok(await _harness.InRequest<BuildFunnelReport, ContractResult<FunnelReport>>(r =>
            r.HandleAsync(new FunnelReportQuery(_catalog.NewClients.Id, SalesHarness.Start.AddDays(1), SalesHarness.Start.AddDays(2)), CancellationToken.None)));
        Assert.Equal(0, empty.Total);
    }

    [Fact]
    public async Task Own_record_access_counts_only_the_callers_opportunities()
    {
        _harness.Actor.Id = "manager-2";
        _harness.Actor.Level = RecordAccessLevel.Own;

        var report = await ReportAsync(null);

        Assert.Equal(2, report.Total);
        Assert.Equal("manager-2", Assert.Single(report.Managers).OwnerId);
    }

    [Fact]
    public async Task A_reversed_period_is_refused()
    {
        var result = await _harness.InRequest<BuildFunnelReport, ContractResult<FunnelReport>>(r =>
            r.HandleAsync(new FunnelReportQuery(_catalog.NewClients.Id, SalesHarness.Start, SalesHarness.Start.AddDays(-1)), CancellationToken.None));

        SalesSample.Fails(result, ContractErrorCodes.InvalidPeriod);
    }

    private async Task<FunnelReport> ReportAsync(string? owner) =>
        SalesSample.Ok(await _harness.InRequest<BuildFunnelReport, ContractResult<FunnelReport>>(r =>
            r.HandleAsync(new FunnelReportQuery(_catalog.NewClients.Id, SalesHarness.Start.AddDays(-1), SalesHarness.Start.AddDays(1), owner), CancellationToken.None)));

    private async Task<Opportunity> MoveAsync(Opportunity opportunity, string stage) =>
        SalesSample.Ok(await _harness.InRequest<MoveOpportunity, ContractResult<Opportunity>>(m =>
            m.HandleAsync(opportunity.Id, opportunity.Version, _catalog.Stage(_catalog.NewClients, stage).Id, null, null, CancellationToken.None)));
}
