using GraphQL;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Composition;

/// <summary>
/// Works out which module each named type of an initialized schema belongs to, so that fields of types a module
/// reached only through CLR references (never declared) still run in that module's scope: a declared type belongs
/// to its declarer, any other type to the first module (in dependency order) whose part of the graph reaches it.
/// </summary>
internal static class TypeOwnership
{
    public static Dictionary<IGraphType, string> Assign(ISchema schema, IReadOnlyList<ModuleSchemaContribution> modules, IReadOnlyDictionary<string, string> declaredOwners)
    {
        var owners = new Dictionary<IGraphType, string>(ReferenceEqualityComparer.Instance);
        foreach (var (name, owner) in declaredOwners)
        {
            if (owner != SchemaAssembler.HostOwner && schema.AllTypes[name] is { } type)
            {
                owners[type] = owner;
            }
        }

        foreach (var module in modules)
        {
            var pending = new Stack<IGraphType>();
            foreach (var type in module.Types)
            {
                if (schema.AllTypes[type.Name] is { } declared)
                {
                    pending.Push(declared);
                }
            }

            foreach (var field in ContributedFields(schema, module.ModuleId))
            {
                PushFieldTypes(field, pending);
            }

            var seen = new HashSet<IGraphType>(ReferenceEqualityComparer.Instance);
            while (pending.TryPop(out var type))
            {
                if (!seen.Add(type) || type.Name.StartsWith("__", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!owners.TryGetValue(type, out var owner))
                {
                    owners[type] = module.ModuleId;
                }
                else if (owner != module.ModuleId)
                {
                    // Another module's type: its fields belong to that module; do not walk through it.
                    continue;
                }

                Walk(type, pending);
            }
        }

        return owners;
    }

    private static IEnumerable<FieldType> ContributedFields(ISchema schema, string moduleId) =>
        schema.AllTypes.OfType<IComplexGraphType>()
            .SelectMany(type => type.Fields)
            .Where(field => field.GetMetadata<string?>(SchemaAssembler.ModuleMetadataKey) == moduleId);

    private static void Walk(IGraphType type, Stack<IGraphType> pending)
    {
        if (type is IComplexGraphType complex)
        {
            foreach (var field in complex.Fields)
            {
                PushFieldTypes(field, pending);
            }
        }

        if (type is IImplementInterfaces implementer)
        {
            foreach (var face in implementer.ResolvedInterfaces)
            {
                pending.Push(face);
            }
        }

        if (type is IAbstractGraphType abstractType)
        {
            foreach (var possible in abstractType.PossibleTypes)
            {
                pending.Push(possible);
            }
        }
    }

    private static void PushFieldTypes(FieldType field, Stack<IGraphType> pending)
    {
        if (field.ResolvedType?.GetNamedType() is { } named)
        {
            pending.Push(named);
        }

        foreach (var argument in field.Arguments ?? [])
        {
            if (argument.ResolvedType?.GetNamedType() is { } argumentType)
            {
                pending.Push(argumentType);
            }
        }
    }
}
