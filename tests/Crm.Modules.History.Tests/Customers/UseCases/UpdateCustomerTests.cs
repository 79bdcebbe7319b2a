using Autofac;
using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.UseCases;
using Crm.Modules.History.Tests.Support;
using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.History.Tests.Customers.UseCases;

public sealed class UpdateCustomerTests : IAsyncLifetime
{
    private HistoryHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await HistoryHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task An_update_bumps_the_version_and_reaches_the_interactions_module()
    {
        var customer = await _harness.CustomerAsync("Old name");

        var result = await UpdateAsync(customer.Id, 1, new CustomerInput { Name = "New name", ManagerId = "boris", Phones = ["+7 812 000 11 22"] });

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Value.Version);
        await using var scope = _harness.BeginRequest();
        var known = await scope.Resolve<InteractionsDbContext>().KnownCustomers.SingleAsync();
        Assert.Equal(("New name", "boris"), (known.Name, known.ManagerId));
        var stored = await scope.Resolve<GetCustomer>().HandleAsync(customer.Id, CancellationToken.None);
        Assert.Equal("78120001122", Assert.Single(stored!.Phones).Digits);
    }

    [Fact]
    public async Task A_stale_update_is_a_conflict_and_the_colleagues_change_survives()
    {
        var customer = await _harness.CustomerAsync("Shared client");
        Assert.True((await UpdateAsync(customer.Id, 1, new CustomerInput { Name = "Changed by Anna" })).Succeeded);

        var stale = await UpdateAsync(customer.Id, 1, new CustomerInput { Name = "Changed by Boris" });

        Assert.Equal(ContractErrorCodes.Conflict, Assert.Single(stale.Errors).Code);
        Assert.Equal("Changed by Anna", (await GetAsync(customer.Id)).Name);
    }

    [Fact]
    public async Task A_customer_archived_while_a_colleague_edits_him_refuses_the_edit_as_archived()
    {
        var customer = await _harness.CustomerAsync("Leaving client");
        var archived = await _harness.InRequest<ArchiveCustomer, ContractResult<Customer>>(a => a.HandleAsync(customer.Id, 1, "anna", CancellationToken.None));
        Assert.True(archived.Succeeded);

        var edit = await UpdateAsync(customer.Id, 1, new CustomerInput { Name = "Edited by Boris" });

        var error = Assert.Single(edit.Errors);
        Assert.Equal(ContractErrorCodes.CustomerArchived, error.Code);
        Assert.Contains("anna", error.Message, StringComparison.Ordinal);
        var stored = await GetAsync(customer.Id);
        Assert.Equal(("Leaving client", 2L), (stored.Name, stored.Version));
        await using var scope = _harness.BeginRequest();
        Assert.True((await scope.Resolve<InteractionsDbContext>().KnownCustomers.SingleAsync()).IsArchived);
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        var result = await UpdateAsync(Guid.NewGuid(), 1, new CustomerInput { Name = "Nobody" });

        Assert.Equal(ContractErrorCodes.NotFound, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Invalid_input_leaves_the_customer_as_it_was()
    {
        var customer = await _harness.CustomerAsync("Intact", phones: ["+7 495 111 22 33"]);

        var result = await UpdateAsync(customer.Id, 1, new CustomerInput { Name = "Broken", Phones = ["12"], Emails = ["x@"] });

        Assert.Equal([ContractErrorCodes.InvalidPhone, ContractErrorCodes.InvalidEmail], result.Errors.Select(e => e.Code));
        var stored = await GetAsync(customer.Id);
        Assert.Equal(("Intact", 1L, "74951112233"), (stored.Name, stored.Version, Assert.Single(stored.Phones).Digits));
    }

    private Task<ContractResult<Customer>> UpdateAsync(Guid id, long version, CustomerInput input) =>
        _harness.InRequest<UpdateCustomer, ContractResult<Customer>>(u => u.HandleAsync(id, version, input, CancellationToken.None));

    private async Task<Customer> GetAsync(Guid id) =>
        (await _harness.InRequest<GetCustomer, Customer?>(g => g.HandleAsync(id, CancellationToken.None)))!;
}
