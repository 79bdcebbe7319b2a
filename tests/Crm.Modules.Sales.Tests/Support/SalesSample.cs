using Autofac;
using Crm.Modules.Customers.UseCases;
using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Seeding;
using Crm.Modules.Sales.UseCases;
using Crm.Sdk.Contracts;

namespace Crm.Modules.Sales.Tests.Support;

/// <summary>The catalogs most tests start from, put in through the real use cases.</summary>
internal sealed record SalesCatalog(Funnel NewClients, Funnel Renewals, Product Ads, Product Banner)
{
    public FunnelStage Stage(Funnel funnel, string name) => funnel.Stages.Single(s => s.Name == name);
}

/// <summary>Short ways to put real records in through the real use cases.</summary>
internal static class SalesSample
{
    public static async Task<Guid> CustomerAsync(this SalesHarness harness, string name)
    {
        await using var scope = harness.BeginRequest();
        var result = await scope.Resolve<CreateCustomer>().HandleAsync(new CustomerInput { Name = name, ManagerId = "manager-1" }, "tester", CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value.Id;
    }

    public static async Task<SalesCatalog> CatalogAsync(this SalesHarness harness)
    {
        await using var scope = harness.BeginRequest();
        var catalog = scope.Resolve<DefineCatalog>();
        Ok(await catalog.AddLossReasonAsync("PRICE", "Too expensive", CancellationToken.None));
        Ok(await catalog.AddLossReasonAsync("COMPETITOR", "Chose a competitor", CancellationToken.None));
        var ads = Ok(await catalog.AddProductAsync("Quarter page", "ad-quarter", 12000m, "RUB", "Print", CancellationToken.None));
        var banner = Ok(await catalog.AddProductAsync("Web banner", "web-banner", 8000m, "RUB", "Online", CancellationToken.None));
        var funnels = scope.Resolve<DefineFunnel>();
        var newClients = Ok(await funnels.HandleAsync(SalesCatalogSeed.NewClients, CancellationToken.None));
        var renewals = Ok(await funnels.HandleAsync(SalesCatalogSeed.Renewals, CancellationToken.None));
        return new SalesCatalog(newClients, renewals, ads, banner);
    }

    public static async Task<Opportunity> OpportunityAsync(this SalesHarness harness, Guid customer, Funnel funnel, string owner = "manager-1", decimal amount = 50000m, params Guid[] products)
    {
        var result = await harness.InRequest<OpenOpportunity, ContractResult<Opportunity>>(open =>
            open.HandleAsync(new OpportunityInput(customer, "Placement", amount, "RUB", owner, funnel.Id) { ProductIds = products }, owner, CancellationToken.None));
        return Ok(result);
    }

    public static T Ok<T>(ContractResult<T> result)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Message}")));
        return result.Value;
    }

    public static ContractError Fails<T>(ContractResult<T> result, string code)
    {
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors, e => e.Code == code);
    }
}
