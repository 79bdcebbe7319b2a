using Autofac;
using Crm.Modules.Customers.UseCases;
using Crm.Modules.Interactions.Storage;
using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Modules.Tasks.Tests.Support;
using Crm.Modules.Tasks.UseCases;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Tests.UseCases;

/// <summary>Completing an activity writes the interaction to the client's timeline, or nothing at all.</summary>
public sealed class CompleteActivityTests
{
    [Fact]
    public async Task Completing_records_the_interaction_with_its_outcome()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Вечерний город");
        var activity = await harness.PlanAsync(client.Id, TasksHarness.Start.AddHours(1));
        harness.Time.Advance(TimeSpan.FromHours(2));

        var result = await Complete(harness, activity.Id, activity.Version, "Agreed to extend page 3 until June");

        Assert.True(result.Succeeded);
        Assert.Equal((ActivityStatus.Done, 2L), (result.Value.Status, result.Value.Version));
        await using var scope = harness.BeginRequest();
        var entry = await scope.Resolve<InteractionsDbContext>().Interactions.SingleAsync();
        Assert.Equal(("CALL", client.Id, "Agreed to extend page 3 until June", "Activity", activity.Id.ToString("N")), (entry.Kind, entry.CustomerId, entry.Outcome, entry.ConcernsType, entry.ConcernsId));
        Assert.Equal(harness.Time.Now.UtcDateTime, entry.OccurredAt);
    }

    [Fact]
    public async Task Completing_an_activity_already_done_is_refused_and_records_nothing_more()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Fresh Bakery");
        var activity = await harness.PlanAsync(client.Id, TasksHarness.Start.AddHours(1));
        var done = await Complete(harness, activity.Id, activity.Version, "Sent the offer");

        var again = await Complete(harness, activity.Id, done.Value.Version, "Sent it twice");

        Assert.Equal(TaskErrorCodes.ActivityClosed, Assert.Single(again.Errors).Code);
        Assert.Equal(1, await harness.InRequest<InteractionsDbContext, int>(db => db.Interactions.CountAsync()));
    }

    [Fact]
    public async Task A_refused_interaction_leaves_the_activity_planned()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Closed Shop");
        var activity = await harness.PlanAsync(client.Id, TasksHarness.Start.AddHours(1));
        await harness.InRequest<ArchiveCustomer, ContractResult<Crm.Modules.Customers.Domain.Customer>>(a => a.HandleAsync(client.Id, null, "tester", CancellationToken.None));

        var result = await Complete(harness, activity.Id, activity.Version, "Talked");

        Assert.Equal(ContractErrorCodes.CustomerArchived, Assert.Single(result.Errors).Code);
        await using var scope = harness.BeginRequest();
        var stored = await scope.Resolve<TasksDbContext>().Activities.AsNoTracking().SingleAsync();
        Assert.Equal((ActivityStatus.Planned, (string?)null, (DateTime?)null), (stored.Status, stored.Outcome, stored.CompletedAt));
        Assert.Equal(0, await scope.Resolve<InteractionsDbContext>().Interactions.CountAsync());
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Fresh Bakery");
        var activity = await harness.PlanAsync(client.Id, TasksHarness.Start.AddHours(1));

        var result = await Complete(harness, activity.Id, activity.Version + 5, "Talked");

        Assert.Equal(ContractErrorCodes.Conflict, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Completing_without_an_outcome_is_refused()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Fresh Bakery");
        var activity = await harness.PlanAsync(client.Id, TasksHarness.Start.AddHours(1));

        var result = await Complete(harness, activity.Id, activity.Version, " ");

        Assert.Equal(("INVALID_INPUT", "outcome"), (Assert.Single(result.Errors).Code, result.Errors[0].Field));
    }

    private static Task<ContractResult<Activity>> Complete(TasksHarness harness, Guid id, long version, string outcome) =>
        harness.InRequest<CompleteActivity, ContractResult<Activity>>(c => c.HandleAsync(id, version, outcome, "anna", CancellationToken.None));
}
