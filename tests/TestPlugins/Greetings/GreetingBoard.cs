namespace TestPlugins.Greetings;

/// <summary>The greeting, its change count, and who watches it.</summary>
public sealed class GreetingBoard : IObservable<string?>
{
    private readonly Lock _gate = new();
    private readonly List<IObserver<string?>> _observers = [];
    private string _current = "Привет";
    private int _changes;

    public string Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    public int Changes => Volatile.Read(ref _changes);

    public string Set(string text)
    {
        IObserver<string?>[] observers;
        lock (_gate)
        {
            _current = text;
            _changes++;
            observers = [.. _observers];
        }

        foreach (var observer in observers)
        {
            observer.OnNext(text);
        }

        return text;
    }

    public IDisposable Subscribe(IObserver<string?> observer)
    {
        lock (_gate)
        {
            _observers.Add(observer);
        }

        return new Unsubscriber(this, observer);
    }

    private sealed class Unsubscriber(GreetingBoard board, IObserver<string?> observer) : IDisposable
    {
        public void Dispose()
        {
            lock (board._gate)
            {
                board._observers.Remove(observer);
            }
        }
    }
}
