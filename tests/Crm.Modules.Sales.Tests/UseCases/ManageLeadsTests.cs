using Autofac;
using Crm.Modules.Customers.Storage;
using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.Tests.Support;
using Crm.Modules.Sales.UseCases;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Tests.UseCases;

public sealed class ManageLeadsTests : IAsyncLifetime
{
    private SalesHarness _harness = null!;
    private SalesCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        _harness = await SalesHarness.StartAsync();
        _catalog = await _harness.CatalogAsync();
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Qualifying_a_lead_creates_the_customer_and_an_opportunity_for_its_product()
    {
        var lead = await CaptureAsync();

        var qualified = SalesSample.Ok(await Leads(l => l.QualifyAsync(lead.Id, new QualifyInput("First order", 24000m, "RUB", _catalog.NewClients.Id), CancellationToken.None)));

        Assert.Equal(LeadStatus.Qualified, qualified.Status);
        await using var scope = _harness.BeginRequest();
        var customer = await scope.Resolve<CustomersDbContext>().Customers.SingleAsync();
        Assert.Equal((qualified.CustomerId, "Пекарня «Утро»", "exhibition", "manager-1"), ((Guid?)customer.Id, customer.Name, customer.Source, customer.ManagerId));
        var opportunity = await scope.Resolve<SalesDbContext>().Opportunities.Include(o => o.Products).SingleAsync();
        Assert.Equal((qualified.OpportunityId, customer.Id, lead.Id, _catalog.Ads.Id), ((Guid?)opportunity.Id, opportunity.CustomerId, opportunity.LeadId, Assert.Single(opportunity.Products).ProductId));
    }

    [Fact]
    public async Task Qualifying_into_an_unknown_funnel_creates_no_customer()
    {
        var lead = await CaptureAsync();

        var result = await Leads(l => l.QualifyAsync(lead.Id, new QualifyInput("First order", 24000m, "RUB", Guid.NewGuid()), CancellationToken.None));

        Assert.Equal("funnelId", SalesSample.Fails(result, ContractErrorCodes.NotFound).Field);
        await using var scope = _harness.BeginRequest();
        Assert.False(await scope.Resolve<CustomersDbContext>().Customers.AnyAsync());
        Assert.Equal(LeadStatus.New, (await scope.Resolve<SalesDbContext>().Leads.SingleAsync()).Status);
    }

    [Fact]
    public async Task Disqualifying_needs_a_reason_and_then_closes_the_lead()
    {
        var lead = await CaptureAsync();

        SalesSample.Fails(await Leads(l => l.DisqualifyAsync(lead.Id, " ", CancellationToken.None)), ContractErrorCodes.InvalidInput);
        var done = SalesSample.Ok(await Leads(l => l.DisqualifyAsync(lead.Id, "Student project, no budget", CancellationToken.None)));

        Assert.Equal((LeadStatus.Disqualified, "Student project, no budget"), (done.Status, done.DisqualifyReason));
        SalesSample.Fails(await Leads(l => l.DisqualifyAsync(lead.Id, "again", CancellationToken.None)), SalesErrorCodes.AlreadyClosed);
    }

    [Fact]
    public async Task A_lead_for_a_deactivated_owner_is_refused()
    {
        var result = await Leads(l => l.CaptureAsync(new LeadInput("Someone", true, "gone"), CancellationToken.None));

        SalesSample.Fails(result, SalesErrorCodes.UnknownOwner);
    }

    private async Task<Lead> CaptureAsync() =>
        SalesSample.Ok(await Leads(l => l.CaptureAsync(new LeadInput("Пекарня «Утро»", false, "manager-1") { Source = "exhibition", Channel = "booth", ProductOfInterestId = _catalog.Ads.Id, Phone = "+7 495 123-45-67" }, CancellationToken.None)));

    private Task<ContractResult<Lead>> Leads(Func<ManageLeads, Task<ContractResult<Lead>>> action) => _harness.InRequest(action);
}
