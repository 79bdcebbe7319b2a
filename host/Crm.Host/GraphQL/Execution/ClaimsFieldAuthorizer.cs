using Crm.Sdk.GraphQL;
using GraphQL;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// The default <see cref="IFieldAuthorizer"/>: a signed-in caller holds a permission when it has a
/// <see cref="PermissionClaimType"/> claim with that value. Good enough until roles map permissions.
/// </summary>
internal sealed class ClaimsFieldAuthorizer : IFieldAuthorizer
{
    /// <summary>The claim type that carries one granted permission.</summary>
    public const string PermissionClaimType = "crm:permission";

    public ValueTask<ExecutionError?> AuthorizeAsync(IResolveFieldContext context, IReadOnlyList<string> permissions)
    {
        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return ValueTask.FromResult<ExecutionError?>(
                new DomainException(ErrorCodes.Unauthenticated, $"Sign in to read '{context.FieldDefinition.Name}'."));
        }

        // "*" is the administrator's grant of every permission, including those of plugins enabled later.
        var missing = user.HasClaim(PermissionClaimType, "*")
            ? null
            : permissions.FirstOrDefault(permission => !user.HasClaim(PermissionClaimType, permission));
        return ValueTask.FromResult<ExecutionError?>(missing is null
            ? null
            : new DomainException(ErrorCodes.Forbidden, $"'{context.FieldDefinition.Name}' needs the permission '{missing}'."));
    }
}
