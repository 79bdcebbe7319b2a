using GraphQL;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// A failure the caller can understand and act on, thrown from a resolver: it becomes a GraphQL error at that
/// field's path with <c>extensions.code</c> = <see cref="ExecutionError.Code"/> and this message, never
/// <see cref="ErrorCodes.InternalError"/>. For the user's own input mistakes in a mutation prefer a payload's typed
/// <c>errors</c> (see <see cref="PayloadFieldExtensions"/>).
/// </summary>
/// <example>
/// <code>
/// var customer = await store.FindAsync(id) ?? throw new DomainException(ErrorCodes.NotFound, $"Customer {globalId} does not exist.");
/// </code>
/// </example>
public class DomainException : ExecutionError
{
    /// <summary>Creates a domain error with a code from <see cref="ErrorCodes"/> (or a module's own, SCREAMING_SNAKE_CASE).</summary>
    public DomainException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Creates a domain error that keeps the exception that caused it (logged, never sent to clients).</summary>
    public DomainException(string code, string message, Exception innerException)
        : base(message, innerException)
    {
        Code = code;
    }
}
