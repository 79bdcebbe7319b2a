using Crm.Host.Messaging;
using Crm.Host.Tests.Support;
using Microsoft.Extensions.Logging;
using TestPlugins.Contracts;

namespace Crm.Host.Tests.Messaging;

public sealed class ShapeRoutingMediatorTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    public ShapeRoutingMediatorTests()
    {
        _workspace.AddPlugin("Alpha");
        _workspace.AddPlugin("Beta");
        _workspace.AddPlugin("JsonTwelve");
        _workspace.AddPlugin("AlphaRival");
    }

    [Fact]
    public async Task Request_goes_to_the_enabled_module_that_handles_it()
    {
        await using var host = await TestHost.StartAsync(_workspace);
        await host.EnableAsync("test.alpha");

        Assert.Equal("pong from test.alpha", await host.Mediator.Send(new PingRequest()));
    }

    [Fact]
    public async Task Request_with_no_enabled_handler_fails_with_a_clear_error()
    {
        await using var host = await TestHost.StartAsync(_workspace);

        var error = await Assert.ThrowsAsync<NoHandlerForRequestException>(() => host.Mediator.Send(new PingRequest()));
        Assert.Contains(typeof(PingRequest).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("No enabled module handles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_module_handler_is_never_called()
    {
        await using var host = await TestHost.StartAsync(_workspace);
        await host.EnableAsync("test.alpha");
        await host.EnableAsync("test.json-twelve");
        await host.DisableAsync("test.alpha");

        var announcement = new Announcement();
        await host.Mediator.Publish(announcement);

        Assert.DoesNotContain("test.alpha", announcement.Receipts);
        Assert.Contains("test.json-twelve", announcement.Receipts);
        await Assert.ThrowsAsync<NoHandlerForRequestException>(() => host.Mediator.Send(new PingRequest()));
    }

    [Fact]
    public async Task Notification_reaches_every_enabled_module_even_when_one_handler_throws()
    {
        await using var host = await TestHost.StartAsync(_workspace);
        await host.EnableAsync("test.beta", withDependencies: true);
        await host.EnableAsync("test.json-twelve");

        var announcement = new Announcement();
        await host.Mediator.Publish(announcement);

        // Alpha runs before the failing Beta, JsonTwelve after it; the built-in module too.
        Assert.Equal(["test.alpha", "test.builtin", "test.json-twelve"], announcement.Receipts.Order(StringComparer.Ordinal));
        var failure = Assert.Single(host.Logs.Entries, e => e.Exception is not null && e.Level == LogLevel.Error && e.Category == "Crm.Host.Messaging");
        Assert.Equal("test.beta", failure.Values["ModuleId"]);
        Assert.Contains("always fails", failure.Exception!.Message, StringComparison.Ordinal);
        // The publisher learns of it too (the seed command exits non-zero on such a failure).
        Assert.Equal(["test.beta: test.beta always fails on Announcement"], announcement.Failures);
    }

    [Fact]
    public async Task Second_module_handling_the_same_request_is_faulted_when_the_shape_is_built()
    {
        await using var host = await TestHost.StartAsync(_workspace);
        await host.EnableAsync("test.alpha");
        await host.EnableAsync("test.alpha-rival");

        var rival = await host.StatusAsync("test.alpha-rival");
        Assert.Equal(Crm.Host.Modules.ModuleState.Faulted, rival.State);
        Assert.Contains("test.alpha", rival.Note, StringComparison.Ordinal);
        Assert.Contains(nameof(PingRequest), rival.Note, StringComparison.Ordinal);
        Assert.Equal("pong from test.alpha", await host.Mediator.Send(new PingRequest()));
    }

    [Fact]
    public async Task Private_dependency_in_another_version_than_the_hosts_works_in_both()
    {
        await using var host = await TestHost.StartAsync(_workspace);
        await host.EnableAsync("test.json-twelve");

        var described = await host.Mediator.Send(new DescribeJsonRequest());

        Assert.Equal("12.0.0.0 {\"answer\":42}", described);
        Assert.Equal(new Version(13, 0, 0, 0), typeof(Newtonsoft.Json.JsonConvert).Assembly.GetName().Version);
        Assert.Equal("{\"answer\":42}", Newtonsoft.Json.JsonConvert.SerializeObject(new Dictionary<string, int> { ["answer"] = 42 }));
    }

    [Fact]
    public async Task Thousand_concurrent_requests_survive_fifty_toggles_of_another_module()
    {
        await using var host = await TestHost.StartAsync(_workspace);
        await host.EnableAsync("test.alpha");

        // Twenty requests start before each of the 50 toggles, so every swap happens with requests in flight.
        var requests = new List<Task<string>>();
        for (var toggle = 0; toggle < 50; toggle++)
        {
            requests.AddRange(Enumerable.Range(0, 20).Select(_ => Task.Run(() => host.Mediator.Send(new PingRequest()))));
            if (toggle % 2 == 0)
            {
                await host.EnableAsync("test.json-twelve");
            }
            else
            {
                await host.DisableAsync("test.json-twelve");
            }
        }

        var answers = await Task.WhenAll(requests);
        Assert.Equal(1000, answers.Length);
        Assert.All(answers, a => Assert.Equal("pong from test.alpha", a));
        Assert.True(host.Shapes.Current.Generation >= 50);
    }

    public void Dispose() => _workspace.Dispose();
}
