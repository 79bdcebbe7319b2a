using System.Net;
using Autofac;
using Crm.Host.Persistence;
using Crm.Host.Tests.Persistence.Support;
using Crm.Host.Tests.Persistence.TestModules.Notes;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Crm.Host.Tests.Persistence;

public sealed class DatabaseInitializerTests
{
    private static readonly Dictionary<string, string?> QuickRetries = new()
    {
        ["Crm:Database:StartupAttempts"] = "3",
        ["Crm:Database:StartupFirstRetryDelay"] = "00:00:00.200",
    };

    [Fact]
    public async Task A_postgres_that_stays_down_is_retried_with_each_failure_logged_then_reported_clearly()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite, new Dictionary<string, string?>(QuickRetries)
        {
            ["Crm:Database:Provider"] = "Postgres",
            ["ConnectionStrings:Crm"] = $"Host=127.0.0.1;Port={LoopbackPorts.Unused()};Database=crm;Username=crm;Password=secret;Timeout=2",
        });

        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(database.InitializeAsync);

        Assert.StartsWith("Gave up after 3 attempts: PostgreSQL database 'crm' at 127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check that the server runs and ConnectionStrings:Crm.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        var warnings = database.Logs.Where(l => l.StartsWith("Warning:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("(attempt 1 of 3)", warnings[0], StringComparison.Ordinal);
        Assert.Contains("Retrying in 00:00:00.2000000", warnings[0], StringComparison.Ordinal);
        Assert.Contains("Retrying in 00:00:00.4000000", warnings[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callers_at_once_share_one_attempt_and_the_next_caller_after_a_failure_starts_a_new_one()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite, DownPostgres());
        var initializer = database.Get<DatabaseInitializer>();

        var callers = Enumerable.Range(0, 3).Select(_ => initializer.EnsureInitializedAsync(CancellationToken.None)).ToList();
        var errors = await Task.WhenAll(callers.Select(c => Assert.ThrowsAsync<DatabaseUnavailableException>(() => c)));

        // One attempt of three tries, each failure logged once: not one attempt per caller.
        Assert.Single(errors.Select(e => e.Message).Distinct());
        Assert.Equal(2, Warnings(database).Count);
        await Assert.ThrowsAsync<DatabaseUnavailableException>(() => initializer.EnsureInitializedAsync(CancellationToken.None));
        Assert.Equal(4, Warnings(database).Count);
    }

    [Fact]
    public async Task The_start_up_service_does_not_hold_up_the_others_but_the_host_never_reports_started_without_its_database()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite, DownPostgres());
        var startup = database.Get<IEnumerable<IHostedService>>().OfType<DatabaseStartupService>().Single();

        var starting = startup.StartAsync(CancellationToken.None);

        // Returned at once, while the attempt (three tries, 0.6 s of waits between them) still runs.
        Assert.True(starting.IsCompletedSuccessfully);
        await Assert.ThrowsAsync<DatabaseUnavailableException>(() => startup.StartedAsync(CancellationToken.None));
    }

    [PostgresFact]
    public async Task A_postgres_that_comes_up_during_the_retries_is_used()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Postgres, new Dictionary<string, string?>(QuickRetries)
        {
            ["Crm:Database:StartupAttempts"] = "6",
        });
        await using var proxy = new TcpProxy(PostgresEndPoint());
        database.Settings["ConnectionStrings:Crm"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port }.ConnectionString;
        await database.RestartAsync();

        var starting = database.InitializeAsync();
        // Up only once an attempt has failed: a fixed delay raced the first attempt on a busy machine.
        await WaitForLogAsync(database, "(attempt 1 of 6)");
        proxy.Start();
        await starting;

        Assert.Contains(database.Logs, l => l.Contains("(attempt 1 of 6)", StringComparison.Ordinal));
        Assert.Contains(database.Logs, l => l.StartsWith("Information: Database ready", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task A_postgres_that_goes_away_mid_request_fails_that_request_cleanly_and_the_next_succeeds_once_it_is_back()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Postgres);
        await using var proxy = new TcpProxy(PostgresEndPoint());
        database.Settings["ConnectionStrings:Crm"] = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 3 }.ConnectionString;
        await database.RestartAsync();
        proxy.Start();
        await database.InitializeAsync();
        var notes = await database.ActivateAsync(new NotesModule());
        var factory = notes.Scope.Resolve<IDbContextFactory<NotesDbContext>>();
        await SaveNoteAsync(factory, "before");

        await proxy.StopAsync();
        var write = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => SaveNoteAsync(factory, "while down"));
        var read = await Assert.ThrowsAsync<DatabaseUnavailableException>(async () =>
        {
            await using var db = factory.CreateDbContext();
            await db.Notes.CountAsync();
        });
        proxy.Start();
        await SaveNoteAsync(factory, "after");

        Assert.Contains("is not reachable", write.Message, StringComparison.Ordinal);
        Assert.Contains("is not reachable", read.Message, StringComparison.Ordinal);
        await using var check = factory.CreateDbContext();
        Assert.Equal(["after", "before"], (await check.Notes.Select(n => n.Text).ToListAsync()).Order());
    }

    private static async Task SaveNoteAsync(IDbContextFactory<NotesDbContext> factory, string text)
    {
        await using var db = factory.CreateDbContext();
        db.Notes.Add(new Note { CustomerId = Guid.NewGuid(), Text = text, OccurredAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    private static IPEndPoint PostgresEndPoint()
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString);
        return new IPEndPoint(IPAddress.Parse(settings.Host == "localhost" ? "127.0.0.1" : settings.Host!), settings.Port);
    }

    private static async Task WaitForLogAsync(TestDatabase database, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            lock (database.Logs)
            {
                if (database.Logs.Exists(l => l.Contains(text, StringComparison.Ordinal)))
                {
                    return;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, $"No log line with '{text}' within 30 s.");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    private static Dictionary<string, string?> DownPostgres() => new(QuickRetries)
    {
        ["Crm:Database:Provider"] = "Postgres",
        ["ConnectionStrings:Crm"] = $"Host=127.0.0.1;Port={LoopbackPorts.Unused()};Database=crm;Username=crm;Password=secret;Timeout=2",
    };

    private static List<string> Warnings(TestDatabase database)
    {
        lock (database.Logs)
        {
            return database.Logs.Where(l => l.StartsWith("Warning:", StringComparison.Ordinal)).ToList();
        }
    }
}
