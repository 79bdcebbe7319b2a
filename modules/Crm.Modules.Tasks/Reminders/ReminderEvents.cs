using Crm.Modules.Tasks.Domain;

namespace Crm.Modules.Tasks.Reminders;

/// <summary>
/// Hands each activity that fell due to this server's <c>reminderDue</c> subscribers. One per module scope: it ends
/// with the module, which completes every subscription that depended on it.
/// </summary>
public sealed class ReminderEvents : IObservable<Activity>, IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<IObserver<Activity>> _observers = [];

    public IDisposable Subscribe(IObserver<Activity> observer)
    {
        lock (_gate)
        {
            _observers.Add(observer);
        }

        return new Subscription(this, observer);
    }

    public void Publish(Activity activity)
    {
        IObserver<Activity>[] observers;
        lock (_gate)
        {
            observers = [.. _observers];
        }

        foreach (var observer in observers)
        {
            observer.OnNext(activity);
        }
    }

    public void Dispose()
    {
        IObserver<Activity>[] observers;
        lock (_gate)
        {
            observers = [.. _observers];
            _observers.Clear();
        }

        foreach (var observer in observers)
        {
            observer.OnCompleted();
        }
    }

    private sealed class Subscription(ReminderEvents events, IObserver<Activity> observer) : IDisposable
    {
        public void Dispose()
        {
            lock (events._gate)
            {
                events._observers.Remove(observer);
            }
        }
    }
}
