using Crm.Modules.Tasks.Tests.Support;
using Crm.Modules.Tasks.UseCases;
using Crm.Sdk.Security;

namespace Crm.Modules.Tasks.Tests.UseCases;

/// <summary>Workload per manager: open and overdue activities and distinct clients, within the caller's reach.</summary>
public sealed class GetWorkloadTests
{
    [Fact]
    public async Task Counts_open_work_per_manager_busiest_first_and_only_what_the_caller_may_see()
    {
        await using var harness = await TasksHarness.StartAsync();
        var first = await harness.CustomerAsync("Вечерний город");
        var second = await harness.CustomerAsync("Fresh Bakery");
        await harness.PlanAsync(first.Id, TasksHarness.Start.AddHours(-1), assignee: "boris");
        await harness.PlanAsync(first.Id, TasksHarness.Start.AddHours(2), assignee: "boris");
        await harness.PlanAsync(second.Id, TasksHarness.Start.AddHours(3), assignee: "boris");
        await harness.PlanAsync(second.Id, TasksHarness.Start.AddHours(3), assignee: "anna");

        var all = await harness.InRequest<GetWorkload, IReadOnlyList<ManagerWorkload>>(w => w.HandleAsync(CancellationToken.None));
        harness.Actor.AccessLevel = RecordAccessLevel.Own;
        var own = await harness.InRequest<GetWorkload, IReadOnlyList<ManagerWorkload>>(w => w.HandleAsync(CancellationToken.None));

        Assert.Equal([new ManagerWorkload("boris", 3, 1, 2), new ManagerWorkload("anna", 1, 0, 1)], all);
        Assert.Equal([new ManagerWorkload("anna", 1, 0, 1)], own);
    }
}
