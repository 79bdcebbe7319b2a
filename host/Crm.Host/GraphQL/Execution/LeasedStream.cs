using GraphQL;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// A subscription's event stream that releases the request's scopes and shape lease when the subscriber unsubscribes
/// or the stream ends, so a live subscription keeps its shape's module scopes alive and nothing longer.
/// </summary>
internal sealed class LeasedStream(IObservable<ExecutionResult> inner, RequestResources resources) : IObservable<ExecutionResult>
{
    public IDisposable Subscribe(IObserver<ExecutionResult> observer)
    {
        var subscription = inner.Subscribe(new ReleasingObserver(observer, resources));
        return new Unsubscriber(subscription, resources);
    }

    private sealed class ReleasingObserver(IObserver<ExecutionResult> observer, RequestResources resources) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => observer.OnNext(value);

        public void OnError(Exception error)
        {
            observer.OnError(error);
            _ = resources.DisposeAsync().AsTask();
        }

        public void OnCompleted()
        {
            observer.OnCompleted();
            _ = resources.DisposeAsync().AsTask();
        }
    }

    private sealed class Unsubscriber(IDisposable subscription, RequestResources resources) : IDisposable
    {
        public void Dispose()
        {
            subscription.Dispose();
            _ = resources.DisposeAsync().AsTask();
        }
    }
}
