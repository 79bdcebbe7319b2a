namespace Crm.Sdk.Contracts;

/// <summary>
/// A notification whose publisher must learn which modules' handlers failed. The host runs every handler of a
/// notification even when one throws (one module's fault must not silence the others) and logs the failure; a
/// notification implementing this interface is also told, so a publisher that reports success or failure (the
/// <c>seed</c> command) can say what went wrong and exit non-zero.
/// </summary>
public interface IReportsHandlerFailures
{
    /// <summary>Called once per failed handler, after the others have been given their turn or while they run.</summary>
    /// <param name="moduleId">The module whose handler failed.</param>
    /// <param name="message">The failure, one line, for an operator.</param>
    void HandlerFailed(string moduleId, string message);
}
