using Crm.Host.Hosting;
using Crm.Host.Modules;
using Crm.Host.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Host.Tests.Cli;

/// <summary>
/// An admin command brings the modules up without their background services: a <c>seed load</c> writing for minutes
/// must not have the tasks module's reminder sweep fighting it for the SQLite file, nor leave a sweep lease behind
/// for a server to wait out. A server runs them. Observed through the sweep's lease row in the real database.
/// </summary>
public sealed class AdminCommandBackgroundServicesTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task A_command_turns_background_services_off_and_a_server_keeps_them()
    {
        await using var command = CrmApplication.Build(["modules", "list", .. _workspace.HostArgs()]);
        await using var server = CrmApplication.Build(_workspace.HostArgs());

        Assert.False(command.Services.GetRequiredService<IOptions<ModulesOptions>>().Value.RunBackgroundServices);
        Assert.True(server.Services.GetRequiredService<IOptions<ModulesOptions>>().Value.RunBackgroundServices);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task The_reminder_sweep_takes_its_lease_only_when_background_services_run(bool run, int leases)
    {
        await using (var host = await TestHost.StartAsync(_workspace, extraArgs: $"--Crm:Modules:RunBackgroundServices={run}"))
        {
            Assert.Contains(host.Shapes.Current.Modules, m => m.Id == "crm.tasks");
            host.SignalServerStarted();
            // The sweep ticks at once when it starts; give it time to write its lease.
            await WaitForAsync(async () => await LeasesAsync() >= leases, TimeSpan.FromSeconds(10));
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.Equal(leases, await LeasesAsync());
        }
    }

    private async Task<long> LeasesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_workspace.DataPath, "crm.db")};Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM crm_tasks__leases";
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await condition() && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }
    }
}
