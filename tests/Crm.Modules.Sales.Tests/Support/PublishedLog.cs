using System.Collections.Concurrent;
using MediatR;

namespace Crm.Modules.Sales.Tests.Support;

/// <summary>Every notification of the watched types that was published, in order, for tests about what other modules hear.</summary>
internal sealed class PublishedLog
{
    public ConcurrentQueue<INotification> Items { get; } = new();

    public IReadOnlyList<T> Of<T>() => Items.OfType<T>().ToList();
}

/// <summary>Writes each <typeparamref name="T"/> into the <see cref="PublishedLog"/>, as a listening module would receive it.</summary>
internal sealed class LoggingHandler<T>(PublishedLog log) : INotificationHandler<T>
    where T : INotification
{
    public Task Handle(T notification, CancellationToken cancellationToken)
    {
        log.Items.Enqueue(notification);
        return Task.CompletedTask;
    }
}
