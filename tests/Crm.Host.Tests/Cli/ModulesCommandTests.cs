using System.Diagnostics;
using Crm.Host.Cli;
using Crm.Host.Hosting;
using Crm.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Host.Tests.Cli;

public sealed class ModulesCommandTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    public ModulesCommandTests()
    {
        _workspace.AddPlugin("Alpha");
        _workspace.AddPlugin("Beta");
    }

    [Fact]
    public async Task Enable_list_disable_and_uninstall_through_the_command_line()
    {
        Assert.Equal(0, (await RunAsync("modules", "enable", "test.beta", "--with-dependencies")).ExitCode);

        var list = await RunAsync("modules", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Matches(@"test\.alpha\s+1\.2\.0\s+Plugin\s+Enabled", list.Output);
        Assert.Matches(@"test\.beta\s+1\.0\.0\s+Plugin\s+Enabled", list.Output);
        Assert.Matches(@"test\.builtin\s+1\.0\.0\s+BuiltIn\s+Enabled", list.Output);

        var disabled = await RunAsync("modules", "disable", "test.alpha", "--cascade");
        Assert.Equal(0, disabled.ExitCode);
        Assert.Contains("Disabled: test.beta, test.alpha.", disabled.Output, StringComparison.Ordinal);

        Assert.Equal(0, (await RunAsync("modules", "uninstall", "test.beta")).ExitCode);
        Assert.DoesNotContain("test.beta", (await RunAsync("modules", "list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_id_exits_with_2_and_says_so()
    {
        var result = await RunAsync("modules", "enable", "test.nope");

        Assert.Equal(ModulesCommand.UnknownModule, result.ExitCode);
        Assert.Contains("No module 'test.nope'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_operation_exits_with_1_and_explains()
    {
        await RunAsync("modules", "enable", "test.beta", "--with-dependencies");

        var result = await RunAsync("modules", "disable", "test.alpha");

        Assert.Equal(ModulesCommand.Refused, result.ExitCode);
        Assert.Contains("enabled modules depend on it: test.beta", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("modules")]
    [InlineData("modules", "enable")]
    [InlineData("modules", "frobnicate", "test.alpha")]
    [InlineData("modules", "disable", "test.alpha", "--force")]
    public async Task Malformed_command_line_exits_with_usage_error(params string[] args)
    {
        var result = await RunAsync(args);

        Assert.Equal(CliDispatcher.UsageError, result.ExitCode);
        Assert.Contains("modules enable ID [--with-dependencies]", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_binary_runs_the_command_as_a_process_and_exits_non_zero_when_refused()
    {
        var host = Path.Combine(AppContext.BaseDirectory, "Crm.Host.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _workspace.Root };
        foreach (var arg in new[] { host, "modules", "enable", "test.beta" }.Concat(_workspace.HostArgs()))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(ModulesCommand.Refused, process.ExitCode);
        Assert.Contains("'test.beta' needs these modules enabled first: test.alpha (^1.0.0)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_server_picks_up_a_change_made_by_the_command_line()
    {
        await using var server = CrmApplication.Build(_workspace.HostArgs());
        await server.StartAsync();
        var shapes = server.Services.GetRequiredService<Crm.Host.Modules.IApplicationShapeAccessor>();
        Assert.DoesNotContain(shapes.Current.Modules, m => m.Id == "test.alpha");

        Assert.Equal(0, (await RunAsync("modules", "enable", "test.alpha")).ExitCode);

        // The server polls every 200 ms here; allow generous time on a loaded machine.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!shapes.Current.Modules.Any(m => m.Id == "test.alpha"))
        {
            await Task.Delay(50, timeout.Token);
        }

        await server.StopAsync();
    }

    public void Dispose() => _workspace.Dispose();

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var commandLine = args.Concat(_workspace.HostArgs()).ToArray();
        await using var app = CrmApplication.Build(commandLine);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliDispatcher.RunAsync(app.Services.GetServices<ICliCommand>().ToList(), commandLine, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
