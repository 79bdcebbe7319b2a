namespace Crm.Host.Messaging;

/// <summary>A module's notification handler threw; carries the module id for the log.</summary>
public sealed class NotificationHandlerFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NotificationHandlerFailedException(string moduleId, Type handlerType, Type notificationType, Exception innerException)
        : base($"Handler {handlerType.FullName} of module '{moduleId}' failed on {notificationType.Name}: {innerException.Message}", innerException)
    {
        ModuleId = moduleId;
    }

    /// <summary>Creates the exception.</summary>
    public NotificationHandlerFailedException()
    {
        ModuleId = "";
    }

    /// <summary>Creates the exception.</summary>
    public NotificationHandlerFailedException(string message)
        : base(message)
    {
        ModuleId = "";
    }

    /// <summary>Creates the exception.</summary>
    public NotificationHandlerFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        ModuleId = "";
    }

    /// <summary>The module whose handler failed.</summary>
    public string ModuleId { get; }
}
