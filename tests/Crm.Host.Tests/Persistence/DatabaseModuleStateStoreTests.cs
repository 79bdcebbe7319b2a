using Crm.Host.Modules;
using Crm.Host.Persistence.Auditing;
using Crm.Host.Tests.Persistence.Support;
using Crm.Sdk.Persistence;

namespace Crm.Host.Tests.Persistence;

public sealed class DatabaseModuleStateStoreTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task States_written_together_are_read_back_after_a_restart(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        await database.Get<IModuleStateStore>().WriteAsync(
            [
                new StoredModuleState("crm.customers", ModuleState.Enabled, null, Noon),
                new StoredModuleState("acme.tickets", ModuleState.Faulted, "Migration failed", Noon),
            ],
            CancellationToken.None);

        await database.RestartAsync();
        var states = await database.Get<IModuleStateStore>().ReadAllAsync(CancellationToken.None);

        Assert.Equal(new StoredModuleState("crm.customers", ModuleState.Enabled, null, Noon), states["crm.customers"]);
        Assert.Equal(new StoredModuleState("acme.tickets", ModuleState.Faulted, "Migration failed", Noon), states["acme.tickets"]);
    }

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task Changing_and_forgetting_a_state_is_audited_with_the_acting_user(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        var store = database.Get<IModuleStateStore>();
        await store.WriteAsync([new StoredModuleState("acme.tickets", ModuleState.Enabled, null, Noon)], CancellationToken.None);

        database.User.Id = "admin";
        await store.WriteAsync([new StoredModuleState("acme.tickets", ModuleState.Disabled, null, Noon.AddMinutes(5))], CancellationToken.None);
        await store.DeleteAsync("acme.tickets", CancellationToken.None);

        Assert.Empty(await store.ReadAllAsync(CancellationToken.None));
        var trail = await database.Get<AuditTrail>().QueryAsync(new AuditQuery { UserId = "admin" }, CancellationToken.None);
        Assert.Equal([AuditAction.Deleted, AuditAction.Modified], trail.Entries.Select(e => e.Action));
        Assert.All(trail.Entries, e => Assert.Equal(("crm.host", "ModuleStateRecord", "acme.tickets"), (e.ModuleId, e.Entity, e.EntityKey)));
        Assert.Contains("\"Disabled\"", trail.Entries[1].Changes, StringComparison.Ordinal);
    }
}
