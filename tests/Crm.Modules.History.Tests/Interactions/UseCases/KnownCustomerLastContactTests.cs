using Autofac;
using Crm.Host.Tests.Persistence.Support;
using Crm.Modules.History.Tests.Support;
using Crm.Modules.Interactions.Storage;
using Crm.Modules.Interactions.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.History.Tests.Interactions.UseCases;

/// <summary>
/// The customer's any-kind last contact (what "nobody contacted since" reads without a kind filter) always equals
/// the newest of its per-kind figures: it only moves forward as contacts are recorded in any order, the migration's
/// and the seed's derivation from the figures give the same values, and the without-contact answer is the same
/// either way. On SQLite and PostgreSQL.
/// </summary>
public sealed class KnownCustomerLastContactTests
{
    [Fact]
    public Task Sqlite_keeps_the_last_contact_equal_to_the_newest_figure() => KeepsTheNewestAsync(DatabaseKind.Sqlite);

    [PostgresFact]
    public Task Postgres_keeps_the_last_contact_equal_to_the_newest_figure() => KeepsTheNewestAsync(DatabaseKind.Postgres);

    private static async Task KeepsTheNewestAsync(DatabaseKind kind)
    {
        await using var harness = await HistoryHarness.StartAsync(kind);
        var start = HistoryHarness.Start;
        var called = await harness.CustomerAsync("Called twice");
        var mailed = await harness.CustomerAsync("Mailed long ago");
        var never = await harness.CustomerAsync("Never contacted");
        // Newest first, then an older one of another kind: the older must not move the time back.
        await harness.InteractionAsync(called.Id, InteractionKinds.Call, start.AddDays(-2));
        await harness.InteractionAsync(called.Id, InteractionKinds.Email, start.AddDays(-20));
        await harness.InteractionAsync(mailed.Id, InteractionKinds.Email, start.AddDays(-40));

        Assert.Equal(await NewestFiguresAsync(harness), await LastContactsAsync(harness));
        var recorded = await WithoutContactAsync(harness, start.AddDays(-10));
        Assert.Equal([mailed.Id, never.Id], recorded);

        // Derived again from the figures, as the migration and the volume seed do: the same values, the same answer.
        await using (var scope = harness.BeginRequest())
        {
            var db = scope.Resolve<InteractionsDbContext>();
            await db.KnownCustomers.ExecuteUpdateAsync(s => s.SetProperty(k => k.LastContactAt, (DateTime?)null));
            await db.Database.ExecuteSqlRawAsync(KnownCustomerLastContact.DeriveSql(db.Storage));
        }

        Assert.Equal(await NewestFiguresAsync(harness), await LastContactsAsync(harness));
        Assert.Equal(recorded, await WithoutContactAsync(harness, start.AddDays(-10)));
    }

    private static async Task<Dictionary<Guid, DateTime?>> LastContactsAsync(HistoryHarness harness)
    {
        await using var scope = harness.BeginRequest();
        return await scope.Resolve<InteractionsDbContext>().KnownCustomers.AsNoTracking().ToDictionaryAsync(k => k.CustomerId, k => k.LastContactAt);
    }

    private static async Task<Dictionary<Guid, DateTime?>> NewestFiguresAsync(HistoryHarness harness)
    {
        await using var scope = harness.BeginRequest();
        var db = scope.Resolve<InteractionsDbContext>();
        var figures = await db.LastContacts.AsNoTracking().ToListAsync();
        var customers = await db.KnownCustomers.AsNoTracking().Select(k => k.CustomerId).ToListAsync();
        return customers.ToDictionary(id => id, id => figures.Where(f => f.CustomerId == id).Select(f => (DateTime?)f.LastAt).Max());
    }

    private static async Task<List<Guid>> WithoutContactAsync(HistoryHarness harness, DateTimeOffset since)
    {
        var page = await harness.InRequest<CustomersWithoutContact, ContractResult<KnownCustomerPage>>(
            w => w.HandleAsync(new WithoutContactQuery(since, 10), CancellationToken.None));
        return [.. page.Value.Items.Select(k => k.CustomerId)];
    }
}
