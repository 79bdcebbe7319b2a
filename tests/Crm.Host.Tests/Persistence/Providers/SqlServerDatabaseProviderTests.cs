using Autofac;
using Crm.Host.Persistence;
using Crm.Host.Tests.Persistence.Support;
using Crm.Host.Tests.Persistence.TestModules.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Host.Tests.Persistence.Providers;

/// <summary>
/// What can be proved about SQL Server without a server: every module's model builds, its migrations script
/// creates its tables in its own schema with Unicode text and real identity columns, and the queries that
/// carry a module translate to SQL. The provider theories elsewhere run on a real server with CRM_TEST_SQLSERVER.
/// </summary>
public sealed class SqlServerDatabaseProviderTests
{
    private static readonly Dictionary<string, string?> NoServer = new()
    {
        ["Crm:Database:Provider"] = "SqlServer",
        // Never opened: script generation and query translation need no connection.
        ["ConnectionStrings:Crm"] = "Server=127.0.0.1,1;Database=crm;User Id=crm;Password=unused;TrustServerCertificate=True",
    };

    [Fact]
    public async Task A_modules_migration_script_creates_its_tables_in_its_own_schema_with_unicode_text()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite, NoServer);
        await using var scope = database.Container.BeginLifetimeScope(new NotesModule().ConfigureServices);
        await using var notes = scope.Resolve<NotesDbContext>();

        var script = notes.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE SCHEMA [test_notes]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [test_notes].[__migrations]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [test_notes].[notes]", script, StringComparison.Ordinal);
        Assert.Contains("[Text] nvarchar(2000) NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("[Id] bigint NOT NULL IDENTITY", script, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX [IX_notes_CustomerId_OccurredAt_Id] ON [test_notes].[notes] ([CustomerId], [OccurredAt] DESC, [Id] DESC)", script, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE [test_notes].[notes] ADD [Pinned] bit NOT NULL DEFAULT CAST(0 AS bit)", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hosts_tables_live_in_the_crm_host_schema()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite, NoServer);
        await using var host = await database.Get<IDbContextFactory<HostDbContext>>().CreateDbContextAsync();

        var script = host.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TABLE [crm_host].[module_states]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [crm_host].[audit_entries]", script, StringComparison.Ordinal);
        Assert.Contains("[Changes] nvarchar(max) NOT NULL", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_timeline_page_translates_to_one_keyset_query()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite, NoServer);
        await using var scope = database.Container.BeginLifetimeScope(new NotesModule().ConfigureServices);
        await using var notes = scope.Resolve<NotesDbContext>();
        var customer = Guid.NewGuid();
        var at = DateTime.UtcNow;
        var id = Guid.NewGuid();

        var sql = notes.Notes
            .Where(n => n.CustomerId == customer && n.OccurredAt <= at && (n.OccurredAt < at || n.Id.CompareTo(id) < 0))
            .OrderByDescending(n => n.OccurredAt).ThenByDescending(n => n.Id)
            .Take(50)
            .ToQueryString();

        Assert.Contains("SELECT TOP(@p)", sql, StringComparison.Ordinal);
        Assert.Contains("FROM [test_notes].[notes] AS [n]", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY [n].[OccurredAt] DESC, [n].[Id] DESC", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_is_reported_as_unavailable_naming_the_setting()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite, new Dictionary<string, string?>(NoServer)
        {
            ["ConnectionStrings:Crm"] = "Server=127.0.0.1,1;Database=crm;User Id=crm;Password=unused;TrustServerCertificate=True;Connect Timeout=2",
            ["Crm:Database:StartupAttempts"] = "1",
        });

        var error = await Assert.ThrowsAsync<Crm.Sdk.Persistence.DatabaseUnavailableException>(database.InitializeAsync);

        Assert.StartsWith("Gave up after 1 attempts: SQL Server database 'crm' at 127.0.0.1,1 is not reachable", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("unused", error.Message, StringComparison.Ordinal);
    }
}
