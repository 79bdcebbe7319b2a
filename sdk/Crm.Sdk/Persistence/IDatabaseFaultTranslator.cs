namespace Crm.Sdk.Persistence;

/// <summary>
/// Recognises provider failures that mean "the database is unavailable right now" (connection refused or
/// lost, file locked) and turns them into a <see cref="DatabaseUnavailableException"/> with a message that
/// names the cause. Implemented by the host for the configured provider.
/// </summary>
public interface IDatabaseFaultTranslator
{
    /// <summary>The SDK exception for <paramref name="exception"/>, or null when it is not an availability fault.</summary>
    DatabaseUnavailableException? Translate(Exception exception);
}
