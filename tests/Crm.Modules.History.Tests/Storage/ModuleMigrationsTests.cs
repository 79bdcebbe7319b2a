using Autofac;
using Crm.Host.Tests.Persistence.Support;
using Crm.Modules.Agreements.Storage;
using Crm.Modules.Customers.Storage;
using Crm.Modules.History.Tests.Support;
using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.History.Tests.Storage;

/// <summary>
/// The hand-written migrations of the three modules, applied to an empty database, give exactly the tables,
/// columns, keys and indexes each model expects, on SQLite and on PostgreSQL; the core write path then works there.
/// </summary>
public sealed class ModuleMigrationsTests
{
    [Fact]
    public Task Sqlite_schema_equals_the_models() => SchemaEqualsModelsAsync(DatabaseKind.Sqlite);

    [PostgresFact]
    public Task Postgres_schema_equals_the_models() => SchemaEqualsModelsAsync(DatabaseKind.Postgres);

    [PostgresFact]
    public async Task Postgres_runs_the_last_contact_upsert_the_phone_search_and_the_claim_lock()
    {
        await using var harness = await HistoryHarness.StartAsync(DatabaseKind.Postgres);
        var customer = await harness.CustomerAsync("ООО «Ромашка»", phones: ["+7 (495) 123-45-67"]);
        await harness.InteractionAsync(customer.Id, InteractionKinds.Call, HistoryHarness.Start.AddDays(-2));
        var newest = await harness.InteractionAsync(customer.Id, InteractionKinds.Call, HistoryHarness.Start.AddDays(-1));
        await harness.InteractionAsync(customer.Id, InteractionKinds.Call, HistoryHarness.Start.AddDays(-3));

        await using var scope = harness.BeginRequest();
        var last = await scope.Resolve<InteractionsDbContext>().LastContacts.SingleAsync();
        Assert.Equal(newest.InteractionId, last.InteractionId);
        var found = await scope.Resolve<Crm.Modules.Customers.UseCases.SearchCustomers>().HandleAsync(new Crm.Modules.Customers.UseCases.CustomerFilter { Text = "495 12" }, 10, null, CancellationToken.None);
        Assert.Equal(customer.Id, Assert.Single(found.Value.Items).Id);
        var agreement = await scope.Resolve<Crm.Modules.Agreements.UseCases.RecordAgreement>().HandleAsync(
            new Crm.Modules.Agreements.UseCases.AgreementInput(customer.Id, "Slot", Crm.Sdk.Contracts.Agreements.AgreementForm.Oral, new DateOnly(2027, 1, 1))
            {
                Claims = [new Crm.Sdk.Contracts.Agreements.ResourceClaimRequest("Page 3, top", new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 30))],
            },
            "irina",
            CancellationToken.None);
        Assert.True(agreement.Succeeded);
    }

    internal static async Task SchemaEqualsModelsAsync(DatabaseKind kind)
    {
        await using var harness = await HistoryHarness.StartAsync(kind);
        await using var scope = harness.BeginRequest();
        foreach (ModuleDbContext context in new ModuleDbContext[] { scope.Resolve<CustomersDbContext>(), scope.Resolve<InteractionsDbContext>(), scope.Resolve<AgreementsDbContext>() })
        {
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            // Trigram indexes exist on PostgreSQL only and outside the model (EF cannot describe them neutrally).
            var differences = SchemaComparison.Differences(context).Where(d => !d.Contains("TRGM_", StringComparison.Ordinal)).ToList();
            Assert.True(differences.Count == 0, string.Join("\n", differences));
        }
    }
}
