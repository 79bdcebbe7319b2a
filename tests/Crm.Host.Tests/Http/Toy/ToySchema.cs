using GraphQL;
using GraphQL.Types;

namespace Crm.Host.Tests.Http.Toy;

/// <summary>
/// A small real GraphQL.NET schema with a query, a mutation and subscriptions, so transport tests run the
/// real executor stack without depending on any module.
/// </summary>
public sealed class ToySchema : Schema
{
    public ToySchema(ToyGreetings greetings, bool withSubscriptions = true)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<NonNullGraphType<StringGraphType>>("hello")
            .Argument<StringGraphType>("name")
            .Resolve(context => $"Hello, {context.GetArgument("name", "world")}!");
        query.Field<NonNullGraphType<StringGraphType>>("greeting").Resolve(_ => greetings.Current);
        query.Field<IntGraphType>("failing").Resolve(_ => throw new InvalidOperationException("secret internal detail"));
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<NonNullGraphType<StringGraphType>>("setGreeting")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(context => greetings.Set(context.GetArgument<string>("text")));
        Mutation = mutation;

        if (withSubscriptions)
        {
            var subscription = new ObjectGraphType { Name = "Subscription" };
            subscription.Field<NonNullGraphType<StringGraphType>>("greetingChanged")
                .ResolveStream(_ => greetings.Changes);
            subscription.Field<NonNullGraphType<IntGraphType>>("countdown")
                .Argument<NonNullGraphType<IntGraphType>>("from")
                .ResolveStream(context => Countdown(context.GetArgument<int>("from")));
            Subscription = subscription;
        }
    }

    private static IObservable<object?> Countdown(int from) => new CountdownStream(from);

    /// <summary>Emits from, from-1, ..., 1 and then completes: a stream the server ends on its own.</summary>
    private sealed class CountdownStream(int from) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            var cancellation = new CancelOnDispose();
            _ = Task.Run(async () =>
            {
                for (var i = from; i > 0 && !cancellation.IsCancelled; i--)
                {
                    await Task.Delay(20, CancellationToken.None);
                    observer.OnNext(i);
                }

                observer.OnCompleted();
            });
            return cancellation;
        }
    }

    private sealed class CancelOnDispose : IDisposable
    {
        private int _cancelled;

        public bool IsCancelled => Volatile.Read(ref _cancelled) == 1;

        public void Dispose() => Volatile.Write(ref _cancelled, 1);
    }
}
