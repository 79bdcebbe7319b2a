using Autofac;
using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Modules.Tasks.Tests.Support;
using Crm.Modules.Tasks.UseCases;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Tests.UseCases;

/// <summary>Planning an activity: the client and the assignee are checked through MediatR before anything is written.</summary>
public sealed class PlanActivityTests
{
    [Fact]
    public async Task Plans_an_activity_for_an_active_colleague()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Вечерний город");

        var activity = await harness.PlanAsync(client.Id, TasksHarness.Start.AddHours(3), assignee: "boris", kind: ActivityKind.Meeting, title: "  Present the spring offer ");

        await using var scope = harness.BeginRequest();
        var stored = await scope.Resolve<TasksDbContext>().Activities.SingleAsync();
        Assert.Equal((activity.Id, ActivityKind.Meeting, "Present the spring offer", "boris", ActivityStatus.Planned, 1L), (stored.Id, stored.Kind, stored.Title, stored.AssigneeId, stored.Status, stored.Version));
        Assert.Equal(TasksHarness.Start.AddHours(3).UtcDateTime, stored.DueAt);
    }

    [Theory]
    [InlineData("nobody", TaskErrorCodes.UnknownUser)]
    [InlineData("dmitry", TaskErrorCodes.UserInactive)]
    public async Task An_unknown_or_deactivated_assignee_is_refused_and_nothing_is_written(string assignee, string code)
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Fresh Bakery");

        var result = await Plan(harness, new ActivityInput(client.Id, ActivityKind.Call, "Call", TasksHarness.Start.AddHours(1), assignee));

        var error = Assert.Single(result.Errors);
        Assert.Equal((code, "assigneeId"), (error.Code, error.Field));
        Assert.Equal(0, await CountAsync(harness));
    }

    [Fact]
    public async Task An_unknown_client_is_refused_and_nothing_is_written()
    {
        await using var harness = await TasksHarness.StartAsync();

        var result = await Plan(harness, new ActivityInput(Guid.NewGuid(), ActivityKind.Todo, "Send the price list", TasksHarness.Start.AddHours(1), "anna"));

        Assert.Equal((ContractErrorCodes.NotFound, "customerId"), (Assert.Single(result.Errors).Code, result.Errors[0].Field));
        Assert.Equal(0, await CountAsync(harness));
    }

    [Fact]
    public async Task A_blank_title_is_refused()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Fresh Bakery");

        var result = await Plan(harness, new ActivityInput(client.Id, ActivityKind.Todo, "   ", TasksHarness.Start.AddHours(1), "anna"));

        Assert.Equal(("INVALID_INPUT", "title"), (Assert.Single(result.Errors).Code, result.Errors[0].Field));
    }

    private static Task<ContractResult<Activity>> Plan(TasksHarness harness, ActivityInput input) =>
        harness.InRequest<PlanActivity, ContractResult<Activity>>(p => p.HandleAsync(input, "anna", CancellationToken.None));

    private static Task<int> CountAsync(TasksHarness harness) =>
        harness.InRequest<TasksDbContext, int>(db => db.Activities.CountAsync());
}
