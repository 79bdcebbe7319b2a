using Crm.Host.Tests.Persistence.Support;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Host.Tests.Persistence;

public sealed class DatabaseReadyHealthCheckTests
{
    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task A_reachable_database_is_ready(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.InitializeAsync();

        var report = await database.Get<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Healthy, report.Status);
    }

    [Fact]
    public async Task An_unreachable_server_is_not_ready_and_says_which_one_without_the_password()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite, new Dictionary<string, string?>
        {
            ["Crm:Database:Provider"] = "Postgres",
            ["ConnectionStrings:Crm"] = "Host=127.0.0.1;Port=1;Database=crm;Username=crm;Password=secret;Timeout=2",
        });

        var report = await database.Get<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));

        var entry = report.Entries["database"];
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("PostgreSQL database 'crm' at 127.0.0.1:1 ", entry.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", entry.Description, StringComparison.Ordinal);
        Assert.Null(entry.Exception);
    }

    [Fact]
    public async Task An_unreachable_sql_server_is_not_ready_and_says_which_one_without_the_password()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite, new Dictionary<string, string?>
        {
            ["Crm:Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Crm"] = "Server=127.0.0.1,1;Database=crm;User Id=crm;Password=secret;TrustServerCertificate=True;Connect Timeout=2",
        });

        var report = await database.Get<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));

        var entry = report.Entries["database"];
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("SQL Server database 'crm' at 127.0.0.1,1 ", entry.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", entry.Description, StringComparison.Ordinal);
        Assert.Null(entry.Exception);
    }
}
