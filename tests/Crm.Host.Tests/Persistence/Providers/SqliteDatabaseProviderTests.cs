using System.Diagnostics;
using Autofac;
using Crm.Host.Persistence;
using Crm.Host.Tests.Persistence.Support;
using Crm.Host.Tests.Persistence.TestModules.Notes;
using Crm.Sdk.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Tests.Persistence.Providers;

public sealed class SqliteDatabaseProviderTests
{
    [Fact]
    public async Task The_first_run_creates_the_data_folder_and_a_database_in_WAL_mode()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        Assert.False(Directory.Exists(database.DataDirectory));

        await database.InitializeAsync();

        Assert.True(File.Exists(database.SqliteFile));
        Assert.Equal("wal", await database.ScalarAsync("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_stops_start_up_with_a_message_naming_the_file()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        Directory.CreateDirectory(database.DataDirectory!);
        await File.WriteAllTextAsync(database.SqliteFile, string.Concat(Enumerable.Repeat("These are my notes, not a database. ", 200)));

        var error = await Assert.ThrowsAsync<DatabaseConfigurationException>(database.InitializeAsync);

        Assert.Equal(
            $"SQLite file {database.SqliteFile} is not a SQLite database. Point Crm:DataDirectory at Crm's data folder, or move the file away so Crm creates a new one.",
            error.Message);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_read_only_database_file_stops_start_up_with_a_message_saying_what_to_fix()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await database.InitializeAsync();
        await database.RestartAsync();
        SqliteConnection.ClearAllPools();

        using (ReadOnlyFile.Make(database.SqliteFile))
        {
            var error = await Assert.ThrowsAsync<DatabaseConfigurationException>(database.InitializeAsync);

            Assert.StartsWith($"SQLite file {database.SqliteFile} cannot be opened for writing", error.Message, StringComparison.Ordinal);
            Assert.Contains("Give the Crm process write access", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_file_locked_by_another_writer_fails_the_write_cleanly_after_the_busy_timeout_and_the_next_write_succeeds()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await database.InitializeAsync();
        var notes = await database.ActivateAsync(new NotesModule());
        var factory = notes.Scope.Resolve<IDbContextFactory<NotesDbContext>>();

        DatabaseUnavailableException error;
        using (var other = new SqliteConnection($"Data Source={database.SqliteFile};Pooling=False"))
        {
            other.Open();
            using var exclusive = other.CreateCommand();
            exclusive.CommandText = "BEGIN EXCLUSIVE;";
            exclusive.ExecuteNonQuery();

            await using var db = factory.CreateDbContext();
            db.Notes.Add(new Note { CustomerId = Guid.NewGuid(), Text = "while locked", OccurredAt = DateTime.UtcNow });
            var clock = Stopwatch.StartNew();
            error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => db.SaveChangesAsync());
            Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(30));
        }

        Assert.Contains("is locked by another process; gave up after 1 s (Crm:Database:BusyTimeoutSeconds)", error.Message, StringComparison.Ordinal);
        await using (var db = factory.CreateDbContext())
        {
            db.Notes.Add(new Note { CustomerId = Guid.NewGuid(), Text = "after the lock", OccurredAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await using var check = factory.CreateDbContext();
        Assert.Equal(["after the lock"], await check.Notes.Select(n => n.Text).ToListAsync());
    }
}
