using Crm.Modules.Interactions.Domain;
using Crm.Sdk.Contracts.Interactions;

namespace Crm.Modules.Interactions.GraphQL;

/// <summary>
/// The <c>timelineUpdated</c> stream of one customer: each committed entry of that customer as the notification
/// describes it (kind, time, author, subject), without a database read per subscriber.
/// </summary>
internal sealed class TimelineStream(TimelineEvents events, Guid customerId) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer) => events.Subscribe(new Forwarder(observer, customerId));

    private sealed class Forwarder(IObserver<object?> observer, Guid customerId) : IObserver<InteractionRecorded>
    {
        public void OnCompleted() => observer.OnCompleted();

        public void OnError(Exception error) => observer.OnError(error);

        public void OnNext(InteractionRecorded value)
        {
            if (value.CustomerId == customerId)
            {
                observer.OnNext(new Interaction
                {
                    Id = value.InteractionId,
                    CustomerId = value.CustomerId,
                    Kind = value.Kind,
                    OccurredAt = value.OccurredAt.UtcDateTime,
                    RecordedBy = value.RecordedBy,
                    Subject = value.Subject,
                });
            }
        }
    }
}
