using Crm.Host.GraphQL.Execution;
using GraphQL;
using GraphQL.Resolvers;

namespace Crm.Host.GraphQL.Composition;

/// <summary>Checks the declared permissions of a field the host contributes, then runs its resolver unchanged.</summary>
internal sealed class HostFieldResolver(IFieldResolver inner, IReadOnlyList<string> permissions, IFieldAuthorizer authorizer) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        if (await authorizer.AuthorizeAsync(context, permissions).ConfigureAwait(false) is { } denial)
        {
            throw denial;
        }

        return await inner.ResolveAsync(context).ConfigureAwait(false);
    }
}
