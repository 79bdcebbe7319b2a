using System.Collections.Concurrent;

namespace Crm.Host.Tests.Http.Toy;

/// <summary>A hot event stream: every value published reaches the observers subscribed at that moment.</summary>
public sealed class ToyEventStream<T> : IObservable<T>
{
    private readonly ConcurrentDictionary<IObserver<T>, byte> _observers = new();

    public int ObserverCount => _observers.Count;

    public IDisposable Subscribe(IObserver<T> observer)
    {
        _observers.TryAdd(observer, 0);
        return new Unsubscriber(() => _observers.TryRemove(observer, out _));
    }

    public void Publish(T value)
    {
        foreach (var observer in _observers.Keys)
        {
            observer.OnNext(value);
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
