using System.Text.Json;
using Autofac;
using Crm.Host.Persistence.Auditing;
using Crm.Host.Tests.Persistence.Support;
using Crm.Host.Tests.Persistence.TestModules.Notes;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Tests.Persistence;

/// <summary>Module contexts made by the host's <c>ModuleDatabase</c>, end to end on a real database.</summary>
public sealed class ModuleDatabaseTests
{
    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task A_module_keeps_its_tables_in_its_own_schema_or_behind_its_own_prefix(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        await database.ActivateAsync(new NotesModule());

        Assert.True(await ModuleMigrationStepTests.TableExistsAsync(database, NotesModule.Id, "notes"));
        Assert.True(await ModuleMigrationStepTests.TableExistsAsync(database, NotesModule.Id, "labels"));
        Assert.True(await ModuleMigrationStepTests.TableExistsAsync(database, "crm.host", "module_states"));
        Assert.True(await ModuleMigrationStepTests.TableExistsAsync(database, "crm.host", "audit_entries"));
        // Each module has its own migrations history: "test_notes__migrations" on SQLite, "test_notes"."__migrations" on PostgreSQL.
        Assert.True(await ModuleMigrationStepTests.TableExistsAsync(database, NotesModule.Id, kind == DatabaseKind.Sqlite ? "migrations" : "__migrations"));
    }

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task A_stale_update_is_a_conflict_and_the_newer_write_survives(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        var notes = await database.ActivateAsync(new NotesModule());
        var factory = notes.Scope.Resolve<IDbContextFactory<NotesDbContext>>();
        var note = new Note { CustomerId = Guid.NewGuid(), Text = "first", OccurredAt = DateTime.UtcNow };
        await using (var db = factory.CreateDbContext())
        {
            db.Notes.Add(note);
            await db.SaveChangesAsync();
        }

        await using var alice = factory.CreateDbContext();
        await using var bob = factory.CreateDbContext();
        var aliceNote = await alice.Notes.SingleAsync();
        var bobNote = await bob.Notes.SingleAsync();
        aliceNote.Text = "alice's edit";
        await alice.SaveChangesAsync();
        bobNote.Text = "bob's edit of a stale copy";

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => bob.SaveChangesAsync());

        Assert.Equal((NotesModule.Id, "Note", note.Id.ToString()), (conflict.ModuleId, conflict.Entity, conflict.Key));
        await using var check = factory.CreateDbContext();
        var stored = await check.Notes.SingleAsync();
        Assert.Equal(("alice's edit", 2L), (stored.Text, stored.Version));
    }

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task A_client_sending_back_an_old_version_gets_a_conflict(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        var notes = await database.ActivateAsync(new NotesModule());
        var factory = notes.Scope.Resolve<IDbContextFactory<NotesDbContext>>();
        var note = new Note { CustomerId = Guid.NewGuid(), Text = "v1", OccurredAt = DateTime.UtcNow };
        await using (var db = factory.CreateDbContext())
        {
            db.Notes.Add(note);
            await db.SaveChangesAsync();
            note.Text = "v2";
            await db.SaveChangesAsync();
        }

        // A client read version 1, then posts its edit after someone else made version 2.
        await using var request = factory.CreateDbContext();
        var loaded = await request.Notes.SingleAsync();
        request.ExpectVersion(loaded, 1);
        loaded.Text = "edit based on v1";

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => request.SaveChangesAsync());
        await using var check = factory.CreateDbContext();
        var stored = await check.Notes.SingleAsync();
        Assert.Equal(("v2", 2L), (stored.Text, stored.Version));
    }

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task Every_write_leaves_an_audit_entry_saying_who_when_which_module_and_what_changed(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        var notes = await database.ActivateAsync(new NotesModule());
        var factory = notes.Scope.Resolve<IDbContextFactory<NotesDbContext>>();
        var note = new Note { CustomerId = Guid.NewGuid(), Text = "Met at the fair", OccurredAt = DateTime.UtcNow };

        database.User.Id = "alice";
        await using (var db = factory.CreateDbContext())
        {
            db.Notes.Add(note);
            await db.SaveChangesAsync();
        }

        database.User.Id = "bob";
        database.Time.Now = database.Time.Now.AddHours(1);
        await using (var db = factory.CreateDbContext())
        {
            var loaded = await db.Notes.SingleAsync();
            loaded.Text = "Met at the fair; wants a demo";
            await db.SaveChangesAsync();
            db.Notes.Remove(loaded);
            await db.SaveChangesAsync();
        }

        var trail = await database.Get<AuditTrail>().QueryAsync(new AuditQuery { ModuleId = NotesModule.Id }, CancellationToken.None);

        var entries = trail.Entries.Reverse().ToList();
        Assert.Equal(
            [(AuditAction.Added, "alice", 9), (AuditAction.Modified, "bob", 10), (AuditAction.Deleted, "bob", 10)],
            entries.Select(e => (e.Action, e.UserId, e.OccurredAt.Hour)));
        Assert.All(entries, e => Assert.Equal(("Note", note.Id.ToString()), (e.Entity, e.EntityKey)));
        using var added = JsonDocument.Parse(entries[0].Changes);
        Assert.Equal("Met at the fair", added.RootElement.GetProperty("Text").GetString());
        using var modified = JsonDocument.Parse(entries[1].Changes);
        Assert.Equal(
            ("Met at the fair", "Met at the fair; wants a demo"),
            (modified.RootElement.GetProperty("Text").GetProperty("old").GetString(), modified.RootElement.GetProperty("Text").GetProperty("new").GetString()));
        Assert.False(modified.RootElement.TryGetProperty("CustomerId", out _));
    }

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task A_record_with_a_store_generated_key_is_audited_with_its_real_key(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        var notes = await database.ActivateAsync(new NotesModule());
        await using var db = notes.Scope.Resolve<IDbContextFactory<NotesDbContext>>().CreateDbContext();
        var label = new NoteLabel { Name = "vip" };

        db.Labels.Add(label);
        await db.SaveChangesAsync();

        var trail = await database.Get<AuditTrail>().QueryAsync(new AuditQuery { Entity = nameof(NoteLabel) }, CancellationToken.None);
        var entry = Assert.Single(trail.Entries);
        Assert.True(label.Id > 0);
        Assert.Equal(label.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityKey);
    }

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task A_save_that_fails_writes_neither_its_changes_nor_their_audit(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        var notes = await database.ActivateAsync(new NotesModule());
        var factory = notes.Scope.Resolve<IDbContextFactory<NotesDbContext>>();
        await using (var db = factory.CreateDbContext())
        {
            // One user action: a note and two labels, the second violating the unique name.
            db.Notes.Add(new Note { CustomerId = Guid.NewGuid(), Text = "x", OccurredAt = DateTime.UtcNow });
            db.Labels.Add(new NoteLabel { Name = "same" });
            db.Labels.Add(new NoteLabel { Name = "same" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = factory.CreateDbContext();
        Assert.Equal((0, 0), (await check.Notes.CountAsync(), await check.Labels.CountAsync()));
        var trail = await database.Get<AuditTrail>().QueryAsync(new AuditQuery { ModuleId = NotesModule.Id }, CancellationToken.None);
        Assert.Empty(trail.Entries);
    }

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task Synchronous_saves_are_refused_so_no_thread_blocks_on_the_database(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();
        var notes = await database.ActivateAsync(new NotesModule());
        await using var db = notes.Scope.Resolve<IDbContextFactory<NotesDbContext>>().CreateDbContext();
        db.Labels.Add(new NoteLabel { Name = "sync" });

        Assert.Throws<NotSupportedException>(() => db.SaveChanges());
    }
}
