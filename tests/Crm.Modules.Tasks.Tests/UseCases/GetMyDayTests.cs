using Crm.Modules.Tasks.Tests.Support;
using Crm.Modules.Tasks.UseCases;
using Crm.Sdk.Contracts.Interactions;
using MediatR;

namespace Crm.Modules.Tasks.Tests.UseCases;

/// <summary>My day: my planned activities due before midnight (overdue first) and my follow-up suggestions.</summary>
public sealed class GetMyDayTests
{
    [Fact]
    public async Task Lists_my_overdue_and_due_today_activities_and_follow_ups()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Вечерний город");
        var other = await harness.CustomerAsync("Fresh Bakery");
        var overdue = await harness.PlanAsync(client.Id, TasksHarness.Start.AddHours(-20), title: "Yesterday's call");
        var today = await harness.PlanAsync(client.Id, TasksHarness.Start.AddHours(5), title: "This afternoon");
        await harness.PlanAsync(client.Id, TasksHarness.Start.AddDays(2), title: "Next week");
        await harness.PlanAsync(client.Id, TasksHarness.Start.AddHours(1), assignee: "boris", title: "Boris's call");
        await harness.InRequest<IMediator, RecordedInteraction>(async m => (await m.Send(new RecordInteraction(other.Id, InteractionKinds.Call, InteractionDirection.Inbound, TasksHarness.Start.AddHours(-1), "anna", "They called about prices"))).Value);

        var day = await harness.InRequest<GetMyDay, MyDay>(g => g.HandleAsync("anna", 50, CancellationToken.None));

        Assert.Equal([overdue.Id, today.Id], day.Activities.Select(a => a.Id));
        Assert.Equal((1, 1), (day.OverdueCount, day.DueTodayCount));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), day.DayEnd);
        var followUp = Assert.Single(day.FollowUps);
        Assert.Equal((other.Id, "They called about prices"), (followUp.CustomerId, followUp.Subject));
    }
}
