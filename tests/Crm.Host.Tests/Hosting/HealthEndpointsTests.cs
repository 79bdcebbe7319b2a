using System.Text.Json.Nodes;
using Crm.Host.Hosting;
using Crm.Host.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Host.Tests.Hosting;

/// <summary>/health/live and /health/ready on the real host, with readiness checks registered through the hook.</summary>
public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Live_answers_200_even_when_a_readiness_check_fails()
    {
        await using var host = await CrmTestHost.StartAsync(configure: builder => builder.Services.AddReadinessCheck<FailingDatabaseCheck>("failing-dependency"));
        using var http = host.CreateClient();

        using var live = await http.GetAsync(new Uri(HealthEndpoints.LivePath, UriKind.Relative));

        Assert.Equal(200, (int)live.StatusCode);
        Assert.Equal("Healthy", JsonNode.Parse(await live.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ready_is_503_and_names_the_failing_check_without_exception_details()
    {
        await using var host = await CrmTestHost.StartAsync(configure: builder => builder.Services.AddReadinessCheck<FailingDatabaseCheck>("failing-dependency"));
        using var http = host.CreateClient();

        using var ready = await http.GetAsync(new Uri(HealthEndpoints.ReadyPath, UriKind.Relative));
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        Assert.Equal(503, (int)ready.StatusCode);
        Assert.Equal("Unhealthy", report["checks"]!["failing-dependency"]!["status"]!.GetValue<string>());
        Assert.Equal(FailingDatabaseCheck.Reason, report["checks"]!["failing-dependency"]!["description"]!.GetValue<string>());
        Assert.Equal("Healthy", report["checks"]!["modules"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain("connection refused", report.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_is_200_once_modules_are_loaded_and_every_check_passes()
    {
        await using var host = await GreetingsHostFixture.StartHostAsync();
        using var http = host.CreateClient();

        using var ready = await http.GetAsync(new Uri(HealthEndpoints.ReadyPath, UriKind.Relative));
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        Assert.Equal(200, (int)ready.StatusCode);
        Assert.Equal("Healthy", report["checks"]!["modules"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ready_reports_the_database_it_reached()
    {
        await using var host = await CrmTestHost.StartAsync();
        using var http = host.CreateClient();

        using var ready = await http.GetAsync(new Uri(HealthEndpoints.ReadyPath, UriKind.Relative));
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        Assert.Equal(200, (int)ready.StatusCode);
        Assert.Equal("Healthy", report["checks"]!["database"]!["status"]!.GetValue<string>());
        Assert.Contains("SQLite", report["checks"]!["database"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>Stands in for an unreachable dependency: the database cannot be reached.</summary>
    private sealed class FailingDatabaseCheck : IHealthCheck
    {
        public const string Reason = "The database cannot be reached.";

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(HealthCheckResult.Unhealthy(Reason, new InvalidOperationException("connection refused")));
    }
}
