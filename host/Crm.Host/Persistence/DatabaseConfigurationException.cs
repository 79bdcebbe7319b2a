namespace Crm.Host.Persistence;

/// <summary>
/// The database settings are wrong, or the data they point at cannot be used (not a database, read-only).
/// Retrying does not help; the message names the setting or file to fix. The host stops with it at start-up.
/// </summary>
public sealed class DatabaseConfigurationException : Exception
{
    /// <summary>Creates the exception with a message naming what to fix.</summary>
    public DatabaseConfigurationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
