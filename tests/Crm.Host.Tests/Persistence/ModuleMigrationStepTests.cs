using Autofac;
using Crm.Host.Persistence;
using Crm.Host.Tests.Persistence.Support;
using Crm.Host.Tests.Persistence.TestModules.Broken;
using Crm.Host.Tests.Persistence.TestModules.Notes;
using Crm.Host.Tests.Persistence.TestModules.Notes.Migrations;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Tests.Persistence;

public sealed class ModuleMigrationStepTests
{
    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task Every_module_migrated_on_an_empty_database_has_exactly_the_schema_its_model_expects(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        var notes = await database.ActivateAsync(new NotesModule());

        await using var notesContext = notes.Scope.Resolve<NotesDbContext>();
        await using var hostContext = await database.Get<IDbContextFactory<HostDbContext>>().CreateDbContextAsync();
        Assert.Empty(SchemaComparison.Differences(notesContext));
        Assert.Empty(SchemaComparison.Differences(hostContext));
        Assert.Equal([CreateNotes.Id, AddPinned.Id], await notesContext.Database.GetAppliedMigrationsAsync());
    }

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task Upgrading_from_the_previous_migration_keeps_the_data(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        var customer = Guid.NewGuid();
        var noteId = Guid.NewGuid();
        await using (var scope = database.Container.BeginLifetimeScope(new NotesModule().ConfigureServices))
        {
            // Version 1 of the module, as an existing installation has it, with a note written by version 1.
            await using var v1 = scope.Resolve<NotesDbContext>();
            await v1.Database.MigrateAsync(CreateNotes.Id);
            var insert = $"INSERT INTO {database.QuotedTable(NotesModule.Id, "notes")} (\"Id\", \"CustomerId\", \"Text\", \"OccurredAt\", \"Version\") VALUES ({{0}}, {{1}}, {{2}}, {{3}}, 1)";
            await v1.Database.ExecuteSqlRawAsync(
                insert,
                noteId, customer, "Called about the renewal — Привет", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        }

        var notes = await database.ActivateAsync(new NotesModule());

        await using var context = notes.Scope.Resolve<NotesDbContext>();
        var note = await context.Notes.SingleAsync();
        Assert.Equal((noteId, customer, "Called about the renewal — Привет", new DateTime(2026, 1, 2, 3, 4, 5), false, 1L),
            (note.Id, note.CustomerId, note.Text, DateTime.SpecifyKind(note.OccurredAt, DateTimeKind.Unspecified), note.Pinned, note.Version));
        Assert.Empty(SchemaComparison.Differences(context));
    }

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task A_migration_failing_halfway_faults_its_module_leaves_nothing_of_itself_and_spares_other_modules(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();

        var failure = await Assert.ThrowsAsync<ModuleMigrationException>(() => database.ActivateAsync(new BrokenModule()));
        var notes = await database.ActivateAsync(new NotesModule());

        Assert.Equal((BrokenModule.Id, FailHalfway.Id), (failure.ModuleId, failure.MigrationId));
        Assert.Contains("test.broken", failure.Message, StringComparison.Ordinal);
        await using (var scope = database.Container.BeginLifetimeScope(new BrokenModule().ConfigureServices))
        {
            await using var broken = scope.Resolve<BrokenDbContext>();
            Assert.Equal([CreateWidgets.Id], await broken.Database.GetAppliedMigrationsAsync());
        }

        Assert.Equal(0L, Convert.ToInt64(await database.ScalarAsync($"SELECT COUNT(*) FROM {database.QuotedTable(BrokenModule.Id, "widgets")}"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(await TableExistsAsync(database, BrokenModule.Id, "gadgets"));
        await using var notesContext = notes.Scope.Resolve<NotesDbContext>();
        Assert.Empty(SchemaComparison.Differences(notesContext));
    }

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task Activating_again_after_a_restart_applies_nothing_twice(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        await database.ActivateAsync(new NotesModule());

        await database.RestartAsync();
        await database.InitializeAsync();
        var notes = await database.ActivateAsync(new NotesModule());

        await using var context = notes.Scope.Resolve<NotesDbContext>();
        Assert.Equal([CreateNotes.Id, AddPinned.Id], await context.Database.GetAppliedMigrationsAsync());
        Assert.DoesNotContain(database.Logs, l => l.Contains("Applying", StringComparison.Ordinal) && l.Contains(NotesModule.Id, StringComparison.Ordinal) && database.Logs.IndexOf(l) > database.Logs.FindLastIndex(x => x.Contains("Database ready", StringComparison.Ordinal)));
    }

    internal static async Task<bool> TableExistsAsync(TestDatabase database, string moduleId, string table)
    {
        var name = Crm.Sdk.Persistence.ModuleStorage.NameFor(moduleId);
        var sql = database.Kind == DatabaseKind.Sqlite
            ? $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{name}__{table}'"
            : $"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '{name}' AND table_name = '{table}'";
        return Convert.ToInt64(await database.ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
