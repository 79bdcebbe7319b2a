using Autofac;
using Crm.Host.Modules;
using Crm.Host.Persistence;
using Crm.Host.Persistence.Auditing;
using Crm.Host.Tests.Persistence.Support;
using Crm.Host.Tests.Persistence.TestModules.Broken;
using Crm.Host.Tests.Persistence.TestModules.Notes;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Tests.Persistence;

public sealed class ModuleDataPurgerTests
{
    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task Purging_without_the_second_confirmation_deletes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        await database.ActivateAsync(new NotesModule());

        var refused = await Assert.ThrowsAsync<PurgeNotConfirmedException>(
            () => database.Get<ModuleDataPurger>().PurgeAsync(NotesModule.Id, "yes", CancellationToken.None));

        Assert.Contains("confirm by giving its id 'test.notes' a second time", refused.Message, StringComparison.Ordinal);
        Assert.True(await ModuleMigrationStepTests.TableExistsAsync(database, NotesModule.Id, "notes"));
    }

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task An_enabled_module_cannot_be_purged(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        await database.ActivateAsync(new NotesModule());
        await database.Get<IModuleStateStore>().WriteAsync([new StoredModuleState(NotesModule.Id, ModuleState.Enabled, null, DateTimeOffset.UtcNow)], CancellationToken.None);

        await Assert.ThrowsAsync<PurgeNotConfirmedException>(
            () => database.Get<ModuleDataPurger>().PurgeAsync(NotesModule.Id, NotesModule.Id, CancellationToken.None));

        Assert.True(await ModuleMigrationStepTests.TableExistsAsync(database, NotesModule.Id, "notes"));
    }

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task A_confirmed_purge_drops_only_that_modules_tables_and_is_audited(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        var notes = await database.ActivateAsync(new NotesModule());
        await Assert.ThrowsAsync<ModuleMigrationException>(() => database.ActivateAsync(new BrokenModule()));
        await using (var db = notes.Scope.Resolve<IDbContextFactory<NotesDbContext>>().CreateDbContext())
        {
            db.Notes.Add(new Note { CustomerId = Guid.NewGuid(), Text = "to be purged", OccurredAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        database.User.Id = "admin";
        await database.Get<ModuleDataPurger>().PurgeAsync(NotesModule.Id, NotesModule.Id, CancellationToken.None);

        Assert.False(await ModuleMigrationStepTests.TableExistsAsync(database, NotesModule.Id, "notes"));
        Assert.False(await ModuleMigrationStepTests.TableExistsAsync(database, NotesModule.Id, "labels"));
        Assert.True(await ModuleMigrationStepTests.TableExistsAsync(database, BrokenModule.Id, "widgets"));
        var trail = await database.Get<AuditTrail>().QueryAsync(new AuditQuery { ModuleId = NotesModule.Id }, CancellationToken.None);
        Assert.Equal(("admin", "ModuleData"), (trail.Entries[0].UserId, trail.Entries[0].Entity));
        Assert.Equal("Note", trail.Entries[1].Entity);

        // Installing the module again starts from empty tables.
        await database.RestartAsync();
        var again = await database.ActivateAsync(new NotesModule());
        await using var fresh = again.Scope.Resolve<NotesDbContext>();
        Assert.Equal(0, await fresh.Notes.CountAsync());
    }
}
