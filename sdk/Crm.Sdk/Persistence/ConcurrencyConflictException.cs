namespace Crm.Sdk.Persistence;

/// <summary>
/// Someone else changed or deleted the record since the caller read it, so the caller's update was refused
/// rather than silently overwriting theirs. The GraphQL layer reports it as a <c>CONFLICT</c> error; the
/// client should reload the record and retry. Nothing of the refused save was written.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>Creates the exception for one record.</summary>
    /// <param name="moduleId">The module that owns the record.</param>
    /// <param name="entity">The entity type name, e.g. <c>Ticket</c>.</param>
    /// <param name="key">The record's key as text.</param>
    /// <param name="innerException">The provider's concurrency failure.</param>
    public ConcurrencyConflictException(string moduleId, string entity, string key, Exception? innerException = null)
        : base($"{entity} {key} was changed by someone else since it was read; reload it and try again.", innerException)
    {
        ModuleId = moduleId;
        Entity = entity;
        Key = key;
    }

    /// <summary>The module that owns the record.</summary>
    public string ModuleId { get; }

    /// <summary>The entity type name.</summary>
    public string Entity { get; }

    /// <summary>The record's key as text.</summary>
    public string Key { get; }
}
