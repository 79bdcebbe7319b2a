using Crm.Sdk.Contracts.Interactions;

namespace Crm.Modules.Interactions.Domain;

/// <summary>
/// Hands each committed timeline entry to the <c>timelineUpdated</c> subscribers of this server. One per module
/// scope: it ends with the module, which completes every subscription that depended on it.
/// </summary>
public sealed class TimelineEvents : IObservable<InteractionRecorded>, IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<IObserver<InteractionRecorded>> _observers = [];

    public IDisposable Subscribe(IObserver<InteractionRecorded> observer)
    {
        lock (_gate)
        {
            _observers.Add(observer);
        }

        return new Subscription(this, observer);
    }

    public void Publish(InteractionRecorded recorded)
    {
        IObserver<InteractionRecorded>[] observers;
        lock (_gate)
        {
            observers = [.. _observers];
        }

        foreach (var observer in observers)
        {
            observer.OnNext(recorded);
        }
    }

    public void Dispose()
    {
        IObserver<InteractionRecorded>[] observers;
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

    private sealed class Subscription(TimelineEvents events, IObserver<InteractionRecorded> observer) : IDisposable
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
