using Autofac;
using Crm.Modules.Customers.Storage;
using Crm.Modules.Customers.UseCases;
using Crm.Modules.History.Tests.Support;
using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.History.Tests.Storage;

/// <summary>
/// The three history modules on a real SQL Server (CRM_TEST_SQLSERVER; skipped without it): the hand-written
/// migrations give exactly each model's schema, Cyrillic text survives and is found case-insensitively, the
/// phone search and last-contact upsert run, and a stale update is a conflict that keeps the newer write.
/// </summary>
public sealed class SqlServerLiveTests
{
    [SqlServerFact]
    public Task Migrations_give_exactly_the_models_schema() => ModuleMigrationsTests.SchemaEqualsModelsAsync(DatabaseKind.SqlServer);

    [SqlServerFact]
    public async Task A_customer_written_in_cyrillic_reads_back_and_is_found_by_name_and_phone()
    {
        await using var harness = await HistoryHarness.StartAsync(DatabaseKind.SqlServer);
        var customer = await harness.CustomerAsync("ООО «Ромашка»", phones: ["+7 (495) 123-45-67"]);
        var newest = await harness.InteractionAsync(customer.Id, InteractionKinds.Call, HistoryHarness.Start.AddDays(-1));
        await harness.InteractionAsync(customer.Id, InteractionKinds.Call, HistoryHarness.Start.AddDays(-3));

        await using var scope = harness.BeginRequest();
        var stored = await scope.Resolve<CustomersDbContext>().Customers.AsNoTracking().SingleAsync();
        Assert.Equal("ООО «Ромашка»", stored.Name);
        var search = scope.Resolve<SearchCustomers>();
        var byName = await search.HandleAsync(new CustomerFilter { Text = "ромаш" }, 10, null, CancellationToken.None);
        Assert.Equal(customer.Id, Assert.Single(byName.Value.Items).Id);
        var byPhone = await search.HandleAsync(new CustomerFilter { Text = "495 12" }, 10, null, CancellationToken.None);
        Assert.Equal(customer.Id, Assert.Single(byPhone.Value.Items).Id);
        Assert.Equal(newest.InteractionId, (await scope.Resolve<InteractionsDbContext>().LastContacts.SingleAsync()).InteractionId);
    }

    [SqlServerFact]
    public async Task A_stale_update_is_a_conflict_and_the_newer_write_survives()
    {
        await using var harness = await HistoryHarness.StartAsync(DatabaseKind.SqlServer);
        var customer = await harness.CustomerAsync("Shared client");
        await using var anna = harness.BeginRequest();
        await using var boris = harness.BeginRequest();
        var annasCopy = await anna.Resolve<CustomersDbContext>().Customers.SingleAsync();
        var borissCopy = await boris.Resolve<CustomersDbContext>().Customers.SingleAsync();
        annasCopy.Name = "Changed by Anna";
        await anna.Resolve<CustomersDbContext>().SaveChangesAsync();
        borissCopy.Name = "Changed by Boris from a stale copy";

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => boris.Resolve<CustomersDbContext>().SaveChangesAsync());

        var staleThroughTheUseCase = await harness.InRequest<UpdateCustomer, ContractResult<Crm.Modules.Customers.Domain.Customer>>(
            u => u.HandleAsync(customer.Id, 1, new CustomerInput { Name = "Also stale" }, CancellationToken.None));
        Assert.Equal(ContractErrorCodes.Conflict, Assert.Single(staleThroughTheUseCase.Errors).Code);
        await using var check = harness.BeginRequest();
        var stored = await check.Resolve<CustomersDbContext>().Customers.AsNoTracking().SingleAsync();
        Assert.Equal(("Changed by Anna", 2L), (stored.Name, stored.Version));
    }
}
