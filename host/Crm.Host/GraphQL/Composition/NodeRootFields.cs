using Crm.Host.GraphQL.Execution;
using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Composition;

/// <summary>The host's <c>node(id)</c> and <c>nodes(ids)</c> root fields, dispatching on the type inside the global id.</summary>
internal static class NodeRootFields
{
    /// <summary>At most this many ids per <c>nodes</c> call, so one request cannot ask for unbounded work.</summary>
    public const int MaxIds = 100;

    public static void AddTo(ObjectGraphType query, IReadOnlyDictionary<string, NodeRegistration> nodes)
    {
        query.Field<NodeInterfaceType>("node")
            .Description("Fetches any object that implements Node by its global id; null when it does not exist or is hidden.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The global id.")
            .ResolveAsync(context => ResolveAsync(context, nodes, context.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description($"Fetches several objects by global id, in the order given (at most {MaxIds}); null for each missing one.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The global ids.")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new DomainException(ErrorCodes.PageSizeExceeded, $"nodes takes at most {MaxIds} ids; {ids.Count} were given.");
                }

                var results = new object?[ids.Count];
                for (var i = 0; i < ids.Count; i++)
                {
                    results[i] = await ResolveAsync(context, nodes, ids[i]).ConfigureAwait(false);
                }

                return results;
            });
    }

    private static async Task<object?> ResolveAsync(IResolveFieldContext context, IReadOnlyDictionary<string, NodeRegistration> nodes, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var localId))
        {
            throw new DomainException(ErrorCodes.InvalidId, $"'{globalId}' is not a global id.");
        }

        // A type no enabled module serves (e.g. its module was switched off) is simply not found.
        if (!nodes.TryGetValue(typeName, out var registration))
        {
            return null;
        }

        var scopes = RequestModuleScopes.From(context);
        return await registration.Resolve(scopes is null ? context : scopes.ContextFor(context, registration.ModuleId), localId).ConfigureAwait(false);
    }
}
