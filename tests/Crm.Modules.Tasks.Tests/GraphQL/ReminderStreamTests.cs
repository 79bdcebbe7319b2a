using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.GraphQL;
using Crm.Modules.Tasks.Reminders;

namespace Crm.Modules.Tasks.Tests.GraphQL;

/// <summary>The <c>reminderDue</c> stream hands a subscriber only his own activities, and ends with the module.</summary>
public sealed class ReminderStreamTests
{
    [Fact]
    public void A_subscriber_gets_only_his_reminders_and_completes_when_the_module_stops()
    {
        var events = new ReminderEvents();
        var received = new List<object?>();
        var completed = false;
        using var subscription = new ReminderStream(events, "anna").Subscribe(new Observer(received.Add, () => completed = true));

        events.Publish(new Activity { Title = "Anna's call", AssigneeId = "anna" });
        events.Publish(new Activity { Title = "Boris's call", AssigneeId = "boris" });
        events.Dispose();

        Assert.Equal(["Anna's call"], received.Cast<Activity>().Select(a => a.Title));
        Assert.True(completed);
    }

    private sealed class Observer(Action<object?> next, Action done) : IObserver<object?>
    {
        public void OnCompleted() => done();

        public void OnError(Exception error) => throw error;

        public void OnNext(object? value) => next(value);
    }
}
