using Crm.Host.GraphQL.Execution;
using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Composition;

/// <summary>
/// Wraps the resolvers of an initialized schema so each runs with its module's request scope and permission check.
/// Property resolvers and fields marked <see cref="ResolverMetadata.ResolvesWithoutServices(IFieldType)"/> are left
/// alone, since they touch no services and wrapping costs a context view and a scope lookup per resolved value.
/// </summary>
internal static class ModuleResolverWiring
{
    public static void Wrap(ISchema schema, IReadOnlyDictionary<IGraphType, string> owners, IFieldAuthorizer authorizer)
    {
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>())
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            var typeOwner = owners.TryGetValue(type, out var owner) ? owner : null;
            foreach (var field in type.Fields)
            {
                var moduleId = field.GetMetadata<string?>(SchemaAssembler.ModuleMetadataKey) ?? typeOwner;
                if (moduleId is null)
                {
                    continue;
                }

                var permissions = field.GetRequiredPermissions();
                if (moduleId == SchemaAssembler.HostOwner)
                {
                    // The host's own fields run with the request's services; only their permissions need wiring.
                    if (permissions.Count > 0)
                    {
                        field.Resolver = new HostFieldResolver(field.Resolver ?? NameFieldResolver.Instance, permissions, authorizer);
                    }

                    continue;
                }

                if (field.StreamResolver is not null)
                {
                    field.StreamResolver = new ModuleStreamResolver(field.StreamResolver, moduleId, permissions, authorizer);
                }

                if (permissions.Count > 0 || NeedsServices(field))
                {
                    field.Resolver = new ModuleFieldResolver(field.Resolver ?? NameFieldResolver.Instance, moduleId, permissions, authorizer);
                }
            }
        }
    }

    private static bool NeedsServices(FieldType field)
    {
        var resolver = field.Resolver;
        if (resolver is null or NameFieldResolver or MemberResolver or SourceFieldResolver || field.ResolvesWithoutServices())
        {
            return false;
        }

        var type = resolver.GetType();
        return !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>));
    }
}
