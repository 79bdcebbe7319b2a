namespace TestPlugins.Greetings;

/// <summary>Emits from, from-1, ..., 1 every 20 ms and completes: a stream the server ends on its own.</summary>
public sealed class Countdown(int from) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var stop = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            try
            {
                for (var i = from; i > 0; i--)
                {
                    await Task.Delay(20, stop.Token);
                    observer.OnNext(i);
                }

                observer.OnCompleted();
            }
            catch (OperationCanceledException)
            {
                // Unsubscribed: nobody listens any more.
            }
        });
        return new Stopper(stop);
    }

    private sealed class Stopper(CancellationTokenSource stop) : IDisposable
    {
        public void Dispose()
        {
            stop.Cancel();
            stop.Dispose();
        }
    }
}
