using Autofac;
using Crm.Host.Tests.Persistence.Support;
using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Reminders;
using Crm.Modules.Tasks.Storage;
using Crm.Modules.Tasks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Modules.Tasks.Tests.Reminders;

/// <summary>
/// The reminder clock runs once per deployment: two service instances (two hosts) on one database, each with its
/// own subscribers' hub, tick in turn; only the lease holder pushes, each due activity is pushed exactly once, and
/// when the holder stops the other takes over after the lease expires.
/// </summary>
public sealed class ReminderServiceTests
{
    [Fact]
    public Task Sqlite_two_hosts_push_each_reminder_once() => TwoHostsPushEachReminderOnceAsync(postgres: false);

    [PostgresFact]
    public Task Postgres_two_hosts_push_each_reminder_once() => TwoHostsPushEachReminderOnceAsync(postgres: true);

    private static async Task TwoHostsPushEachReminderOnceAsync(bool postgres)
    {
        await using var harness = await TasksHarness.StartAsync(postgres);
        var client = await harness.CustomerAsync("Вечерний город");
        var first = await harness.PlanAsync(client.Id, TasksHarness.Start.AddMinutes(5), assignee: "anna");
        var second = await harness.PlanAsync(client.Id, TasksHarness.Start.AddMinutes(10), assignee: "boris");
        await harness.PlanAsync(client.Id, TasksHarness.Start.AddDays(1), assignee: "anna");
        var (hostA, pushedA) = Host(harness);
        var (hostB, pushedB) = Host(harness);

        Assert.Equal((0, 0), (await hostA.TickAsync(CancellationToken.None), await hostB.TickAsync(CancellationToken.None)));
        harness.Time.Advance(TimeSpan.FromMinutes(6));
        var tick1 = (await hostA.TickAsync(CancellationToken.None), await hostB.TickAsync(CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var tick2 = (await hostB.TickAsync(CancellationToken.None), await hostA.TickAsync(CancellationToken.None));

        Assert.Equal((1, 0), tick1);
        Assert.Equal((0, 1), tick2);
        Assert.Equal([first.Id, second.Id], pushedA.Select(a => a.Id));
        Assert.Empty(pushedB);

        // Host A stops without giving the lease back (a crash): B takes over once the lease has expired.
        var third = await harness.PlanAsync(client.Id, harness.Time.Now.AddMinutes(1), assignee: "clara");
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, await hostB.TickAsync(CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromMinutes(8));
        Assert.Equal(1, await hostB.TickAsync(CancellationToken.None));
        Assert.Equal([third.Id], pushedB.Select(a => a.Id));

        var reminded = await harness.InRequest<TasksDbContext, int>(db => db.Activities.CountAsync(a => a.RemindedAt != null));
        Assert.Equal(3, reminded);
    }

    [Fact]
    public async Task Stopping_gives_the_lease_back_so_another_host_takes_over_at_once()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Fresh Bakery");
        var (hostA, _) = Host(harness);
        var (hostB, pushedB) = Host(harness);
        using (var stop = new CancellationTokenSource())
        {
            var running = hostA.RunAsync(stop.Token);
            await WaitUntilHeldAsync(harness, hostA.HolderId);
            await stop.CancelAsync();
            await running;
        }

        var due = await harness.PlanAsync(client.Id, harness.Time.Now.AddMinutes(-1), assignee: "anna");
        Assert.Equal(1, await hostB.TickAsync(CancellationToken.None));
        Assert.Equal([due.Id], pushedB.Select(a => a.Id));
    }

    private static (ReminderService Service, List<Activity> Pushed) Host(TasksHarness harness)
    {
        var options = harness.ModuleScope.Resolve<ReminderOptions>();
        var events = new ReminderEvents();
        var pushed = new List<Activity>();
        events.Subscribe(new Collector(pushed));
        var sweep = new ReminderSweep(events, harness.Time, options);
        var service = new ReminderService(harness.ModuleScope.Resolve<IDbContextFactory<TasksDbContext>>(), sweep, options, harness.Time, NullLogger<ReminderService>.Instance);
        return (service, pushed);
    }

    private static async Task WaitUntilHeldAsync(TasksHarness harness, string holder)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await harness.InRequest<TasksDbContext, bool>(db => db.Leases.AnyAsync(l => l.HolderId == holder)))
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail("The running service never claimed the lease.");
    }

    private sealed class Collector(List<Activity> pushed) : IObserver<Activity>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(Activity value) => pushed.Add(value);
    }
}
