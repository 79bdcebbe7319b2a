namespace Crm.Host.Messaging;

/// <summary>No enabled module handles the request sent; the module that would is missing, disabled or faulted.</summary>
public sealed class NoHandlerForRequestException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="requestType"/>.</summary>
    public NoHandlerForRequestException(Type requestType)
        : base($"No enabled module handles {requestType.FullName}. Enable the module that provides it ('modules list' shows the states).")
    {
        RequestType = requestType;
    }

    /// <summary>Creates the exception.</summary>
    public NoHandlerForRequestException()
    {
        RequestType = typeof(object);
    }

    /// <summary>Creates the exception.</summary>
    public NoHandlerForRequestException(string message)
        : base(message)
    {
        RequestType = typeof(object);
    }

    /// <summary>Creates the exception.</summary>
    public NoHandlerForRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        RequestType = typeof(object);
    }

    /// <summary>The request type nobody handles.</summary>
    public Type RequestType { get; }
}
