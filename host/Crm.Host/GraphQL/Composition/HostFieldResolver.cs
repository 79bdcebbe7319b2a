using Crm.Host.GraphQL.Execution;
using GraphQL;
using GraphQL.Resolvers;

namespace Crm.Host.GraphQL.Composition;

/// <summary>
/// Wraps a root field the host contributes (see <see cref="IHostSchemaContribution"/>) that declares permissions:
/// checks them, then runs the resolver unchanged, since host fields belong to no module scope.
/// </summary>
internal sealed class HostFieldResolver(IFieldResolver inner, IReadOnlyList<string> permissions, IFieldAuthorizer authorizer) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var denial = await authorizer.AuthorizeAsync(context, permissions).ConfigureAwait(false);
        if (denial is not null)
        {
            throw denial;
        }

        return await inner.ResolveAsync(context).ConfigureAwait(false);
    }
}
