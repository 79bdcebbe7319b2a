using System.Text.RegularExpressions;
using Crm.Host.Cli;
using Crm.Host.Tests.Http;
using Crm.Host.Tests.Identity.Support;
using Crm.Sdk.Contracts.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.Cli;

/// <summary>
/// <c>seed</c> on the real host and its built-in modules: the host only publishes the SDK's seed notifications,
/// each module fills its own tables and reports, a second run leaves non-empty tables alone, bad usage exits 64.
/// </summary>
public sealed class SeedCommandTests : IAsyncLifetime
{
    private CrmTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CrmTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Seed_demo_fills_an_empty_database_once_and_reports_each_module()
    {
        var (code, output, _) = await RunAsync("demo");

        Assert.Equal(0, code);
        Assert.Contains("crm.customers: 10 customers", output, StringComparison.Ordinal);
        Assert.Contains("crm.agreements: 2 agreements", output, StringComparison.Ordinal);
        Assert.Contains("crm.interactions:", output, StringComparison.Ordinal);

        var (again, secondOutput, _) = await RunAsync("demo");
        Assert.Equal(0, again);
        Assert.Contains("crm.customers: nothing written (customers exist already", secondOutput, StringComparison.Ordinal);
        Assert.Contains("demo colleagues: nothing written", secondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_demo_makes_the_colleagues_real_users_who_sign_in_and_see_the_clients_they_manage()
    {
        var (code, output, _) = await RunAsync("demo");
        Assert.Equal(0, code);
        var password = Regex.Match(output, @"demo colleagues: 4 users \(.*\), password: (\S+)").Groups[1].Value;
        Assert.NotEmpty(password);

        using var irina = _host.CreateClient(await _host.SignInAsync("irina.volkova", password));
        var seen = await IdentityApi.PostAsync(irina, "{ me { id displayName } customers(first: 50) { nodes { managerId } } }");
        Assert.Null(seen["errors"]);
        Assert.Equal(DemoCast.HeadOfSales, seen["data"]!["me"]!["id"]!.GetValue<string>());
        Assert.Equal("Irina Volkova", seen["data"]!["me"]!["displayName"]!.GetValue<string>());
        // Colleagues see the whole history, not only their own clients.
        var managers = seen["data"]!["customers"]!["nodes"]!.AsArray().Select(n => n!["managerId"]?.GetValue<string>()).ToList();
        Assert.Contains(DemoCast.HeadOfSales, managers);
        Assert.Contains(DemoCast.AccountManager, managers);

        // They are colleagues, not administrators.
        var users = await IdentityApi.PostAsync(irina, "{ users { login } }");
        Assert.Equal("FORBIDDEN", users["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Seed_load_writes_the_requested_volume()
    {
        var (code, output, _) = await RunAsync("load", "--customers", "30", "--interactions-per-customer", "4");

        Assert.Equal(0, code);
        Assert.Contains("crm.customers: 30 customers", output, StringComparison.Ordinal);
        Assert.Contains("crm.interactions: 120 timeline entries", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("load", "--customers", "many")]
    [InlineData("load", "--customers", "10")]
    [InlineData("everything")]
    public async Task Bad_usage_exits_64_with_the_usage(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(CliDispatcher.UsageError, code);
        Assert.Contains("seed load --customers N", error, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var command = _host.Services.GetServices<ICliCommand>().Single(c => c.Name == "seed");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await command.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
