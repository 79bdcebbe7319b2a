namespace Crm.Sdk.Persistence;

/// <summary>
/// The database could not be reached or used right now (server down, connection lost, file locked by another
/// process). The action was not applied; trying again later may succeed. The GraphQL layer reports it as
/// <c>DATABASE_UNAVAILABLE</c> without details a client should not see; the message is for logs and admins.
/// </summary>
public sealed class DatabaseUnavailableException : Exception
{
    /// <summary>Creates the exception with a message that names the cause and what to check.</summary>
    public DatabaseUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
