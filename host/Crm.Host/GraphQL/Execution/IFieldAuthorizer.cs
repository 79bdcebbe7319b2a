using GraphQL;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// Decides whether the caller may resolve a field that declares permissions (see <c>PermissionMetadata</c>). The
/// security module replaces the default with its role mapping; the executor calls it before the field's resolver.
/// </summary>
public interface IFieldAuthorizer
{
    /// <summary>
    /// Null when the caller holds every one of <paramref name="permissions"/>; otherwise the error to report at the
    /// field's path (code <c>UNAUTHENTICATED</c> or <c>FORBIDDEN</c>).
    /// </summary>
    ValueTask<ExecutionError?> AuthorizeAsync(IResolveFieldContext context, IReadOnlyList<string> permissions);
}
