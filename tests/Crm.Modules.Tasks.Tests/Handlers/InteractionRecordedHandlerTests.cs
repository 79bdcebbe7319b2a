using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Modules.Tasks.Tests.Support;
using Crm.Modules.Tasks.UseCases;
using Crm.Sdk.Contracts.Interactions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Tests.Handlers;

/// <summary>Follow-up suggestions appear after a contact without a next step, and go when one is planned.</summary>
public sealed class InteractionRecordedHandlerTests
{
    [Fact]
    public async Task A_contact_without_a_next_step_is_suggested_for_follow_up_until_one_is_planned()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Вечерний город");

        await Record(harness, client.Id, InteractionKinds.Meeting, "boris");
        var open = await harness.InRequest<TasksDbContext, List<FollowUpSuggestion>>(db => db.FollowUps.Where(f => f.ClosedAt == null).ToListAsync());
        Assert.Equal(("boris", client.Id), (Assert.Single(open).UserId, open[0].CustomerId));

        await harness.PlanAsync(client.Id, TasksHarness.Start.AddDays(3), assignee: "boris");
        Assert.Equal(0, await harness.InRequest<TasksDbContext, int>(db => db.FollowUps.CountAsync(f => f.ClosedAt == null)));
    }

    [Fact]
    public async Task A_contact_with_a_next_step_planned_or_a_non_contact_kind_suggests_nothing()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Fresh Bakery");
        await harness.PlanAsync(client.Id, TasksHarness.Start.AddDays(3), assignee: "anna");

        await Record(harness, client.Id, InteractionKinds.Call, "anna");
        await Record(harness, client.Id, InteractionKinds.Invoice, "clara");

        Assert.Equal(0, await harness.InRequest<TasksDbContext, int>(db => db.FollowUps.CountAsync()));
    }

    [Fact]
    public async Task A_dismissed_suggestion_leaves_my_day()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Fresh Bakery");
        await Record(harness, client.Id, InteractionKinds.Email, "anna");
        var suggestion = await harness.InRequest<TasksDbContext, FollowUpSuggestion>(db => db.FollowUps.SingleAsync());

        var foreign = await harness.InRequest<DismissFollowUp, Crm.Sdk.Contracts.ContractResult<FollowUpSuggestion>>(d => d.HandleAsync(suggestion.Id, "boris", CancellationToken.None));
        var mine = await harness.InRequest<DismissFollowUp, Crm.Sdk.Contracts.ContractResult<FollowUpSuggestion>>(d => d.HandleAsync(suggestion.Id, "anna", CancellationToken.None));

        Assert.Equal("NOT_FOUND", Assert.Single(foreign.Errors).Code);
        Assert.True(mine.Succeeded);
        Assert.Empty((await harness.InRequest<GetMyDay, MyDay>(g => g.HandleAsync("anna", 50, CancellationToken.None))).FollowUps);
    }

    private static Task<RecordedInteraction> Record(TasksHarness harness, Guid customerId, string kind, string by) =>
        harness.InRequest<IMediator, RecordedInteraction>(async m =>
        {
            var result = await m.Send(new RecordInteraction(customerId, kind, InteractionDirection.Outbound, TasksHarness.Start.AddHours(-1), by, "Talked about the spring issue"));
            Assert.True(result.Succeeded);
            return result.Value;
        });
}
