using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.UseCases;
using Crm.Modules.History.Tests.Support;
using Crm.Modules.Interactions.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;

namespace Crm.Modules.History.Tests.Interactions.UseCases;

public sealed class CustomersWithoutContactTests : IAsyncLifetime
{
    private HistoryHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await HistoryHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Lists_who_got_no_contact_of_the_given_kinds_since_the_date_for_one_manager()
    {
        var monthStart = HistoryHarness.Start.AddDays(-22);
        var invoiced = await _harness.CustomerAsync("Invoiced", manager: "anna");
        var onlyCalled = await _harness.CustomerAsync("Only called", manager: "anna");
        var invoicedLastMonth = await _harness.CustomerAsync("Invoiced last month", manager: "anna");
        var never = await _harness.CustomerAsync("Never contacted", manager: "anna");
        await _harness.CustomerAsync("Boris's client", manager: "boris");
        var archived = await _harness.CustomerAsync("Archived", manager: "anna");
        await _harness.InRequest<ArchiveCustomer, ContractResult<Customer>>(a => a.HandleAsync(archived.Id, null, "anna", CancellationToken.None));
        await _harness.InteractionAsync(invoiced.Id, InteractionKinds.Invoice, monthStart.AddDays(3));
        await _harness.InteractionAsync(onlyCalled.Id, InteractionKinds.Call, monthStart.AddDays(4));
        await _harness.InteractionAsync(invoicedLastMonth.Id, InteractionKinds.Invoice, monthStart.AddDays(-3));

        var query = new WithoutContactQuery(monthStart, 2) { Kinds = [InteractionKinds.Invoice], ManagerId = "anna" };
        var first = await RunAsync(query);
        var second = await RunAsync(query with { After = first.EndCursor });
        var count = await _harness.InRequest<CustomersWithoutContact, int>(w => w.CountAsync(query, CancellationToken.None));

        Assert.Equal(["invoiced last month", "never contacted", "only called"], first.Items.Concat(second.Items).Select(k => k.NameKey));
        Assert.Equal((true, false, 3), (first.HasNextPage, second.HasNextPage, count));
        var anyKind = await RunAsync(new WithoutContactQuery(monthStart, 10) { ManagerId = "anna" });
        Assert.Equal([invoicedLastMonth.Id, never.Id], anyKind.Items.Select(k => k.CustomerId));
    }

    private async Task<KnownCustomerPage> RunAsync(WithoutContactQuery query)
    {
        var result = await _harness.InRequest<CustomersWithoutContact, ContractResult<KnownCustomerPage>>(w => w.HandleAsync(query, CancellationToken.None));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
