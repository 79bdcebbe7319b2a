using MediatR;

namespace Crm.Host.Messaging;

/// <summary>
/// Wraps a module's notification handler so that its failure carries the module id, and so that a handler
/// throwing synchronously becomes a failed task instead of breaking the loop over the other handlers.
/// </summary>
internal sealed class ModuleNotificationHandler<TNotification>(string moduleId, INotificationHandler<TNotification> inner) : INotificationHandler<TNotification>
    where TNotification : INotification
{
    public async Task Handle(TNotification notification, CancellationToken cancellationToken)
    {
        try
        {
            await inner.Handle(notification, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new NotificationHandlerFailedException(moduleId, inner.GetType(), typeof(TNotification), exception);
        }
    }
}

/// <summary>Creates <see cref="ModuleNotificationHandler{TNotification}"/> for a notification type known only at run time.</summary>
internal static class ModuleNotificationHandler
{
    public static Func<string, object, object> CreateFactory(Type notificationType) =>
        typeof(ModuleNotificationHandler)
            .GetMethod(nameof(Create), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(notificationType)
            .CreateDelegate<Func<string, object, object>>();

    private static object Create<TNotification>(string moduleId, object inner)
        where TNotification : INotification =>
        new ModuleNotificationHandler<TNotification>(moduleId, (INotificationHandler<TNotification>)inner);
}
