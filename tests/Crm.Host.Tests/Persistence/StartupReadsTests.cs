using Crm.Host.Modules;
using Crm.Host.Persistence;
using Crm.Host.Persistence.Providers;
using Crm.Host.Tests.Persistence.Support;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Tests.Persistence;

/// <summary>
/// What every module waits for at start-up (the host's migrations checked, the module states read, a module's
/// migration history read) needs no EF Core model of the host's tables: building it took 200–250 ms of CPU, and
/// it is now built beside the module start-up instead of before it.
/// </summary>
public sealed class StartupReadsTests
{
    // EF Core logs each command it runs; the direct reads log none. Any EF Core read here would have first
    // built the host's model.
    private const string EfCoreCommand = "Executed DbCommand";

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task The_reads_before_module_activation_use_no_host_context(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        var changedAt = new DateTimeOffset(2026, 12, 3, 9, 30, 15, TimeSpan.Zero);
        await database.Get<IModuleStateStore>().WriteAsync([new StoredModuleState("acme.tickets", ModuleState.Disabled, "turned off", changedAt)], CancellationToken.None);
        await database.RestartAsync();
        database.Logs.Clear();

        await database.InitializeAsync();
        var states = await database.Get<IModuleStateStore>().ReadAllAsync(CancellationToken.None);
        var pending = await database.Get<MigrationHistoryReader>().PendingAsync(typeof(HostDbContext), HostDbContext.StorageModuleId, CancellationToken.None);
        var unknownModule = await database.Get<MigrationHistoryReader>().AppliedAsync(database.Get<IDatabaseProvider>().StorageFor("acme.never_installed"), CancellationToken.None);

        Assert.Equal(new StoredModuleState("acme.tickets", ModuleState.Disabled, "turned off", changedAt), Assert.Single(states).Value);
        Assert.Empty(pending);
        Assert.Empty(unknownModule);
        Assert.DoesNotContain(database.Logs, line => line.Contains(EfCoreCommand, StringComparison.Ordinal));

        // The check can see a read through the host's context.
        await using (var db = database.Get<IDbContextFactory<HostDbContext>>().CreateDbContext())
        {
            Assert.Equal(1, await db.ModuleStates.CountAsync());
        }

        Assert.Contains(database.Logs, line => line.Contains(EfCoreCommand, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_is_reported_as_unavailable_as_through_EF_Core()
    {
        // Nothing listens on the port: the driver's own error becomes the SDK's DatabaseUnavailableException, which
        // the initializer retries and the admin commands report, as for a failure inside EF Core.
        var provider = new PostgresDatabaseProvider($"Host=127.0.0.1;Port={LoopbackPorts.Unused()};Database=crm;Username=crm;Password=secret;Timeout=2");
        var reads = new DirectDatabaseReads(provider);

        var failure = await Assert.ThrowsAsync<DatabaseUnavailableException>(() =>
            reads.QueryAsync(provider.TableExistsQuery("crm_host", "__migrations"), row => row.GetInt32(0), CancellationToken.None));

        Assert.Contains("127.0.0.1", failure.Message, StringComparison.Ordinal);
    }
}
