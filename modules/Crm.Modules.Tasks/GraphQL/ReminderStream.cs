using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Reminders;

namespace Crm.Modules.Tasks.GraphQL;

/// <summary>The <c>reminderDue</c> stream of one colleague: each of his activities as it falls due.</summary>
internal sealed class ReminderStream(ReminderEvents events, string userId) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer) => events.Subscribe(new Forwarder(observer, userId));

    private sealed class Forwarder(IObserver<object?> observer, string userId) : IObserver<Activity>
    {
        public void OnCompleted() => observer.OnCompleted();

        public void OnError(Exception error) => observer.OnError(error);

        public void OnNext(Activity value)
        {
            if (string.Equals(value.AssigneeId, userId, StringComparison.Ordinal))
            {
                observer.OnNext(value);
            }
        }
    }
}
