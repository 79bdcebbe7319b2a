using Crm.Host.GraphQL.Execution;
using Crm.Host.Modules;
using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Composition;

/// <summary>
/// One composition attempt: asks each module for its contribution, detects conflicts between modules, and when there
/// are none builds, initializes and wires the schema (each module's resolvers run in that module's scope).
/// </summary>
internal sealed class SchemaAssembler(IFieldAuthorizer authorizer, IEnumerable<IHostSchemaContribution> hostContributions)
{
    private readonly IReadOnlyList<IHostSchemaContribution> _hostContributions = hostContributions.ToList();

    /// <summary>The owner name of what the host itself adds (root types, <c>node</c>, <c>Node</c>).</summary>
    public const string HostOwner = "host";

    /// <summary>Field metadata naming the module that contributed the field.</summary>
    public const string ModuleMetadataKey = "crm:module";

    private static readonly string[] RootTypeNames = ["Query", "Mutation", "Subscription"];

    public AssemblyAttempt Assemble(IReadOnlyList<ActiveModule> modules)
    {
        var faults = new Dictionary<string, string>(StringComparer.Ordinal);
        var contributions = Collect(modules, faults);
        var claims = new Claims();
        var accepted = new List<ModuleSchemaContribution>();
        if (_hostContributions.Count > 0)
        {
            // The host's part goes first, so a module reusing one of its names is the one faulted.
            var host = new ModuleSchemaContribution(HostOwner);
            foreach (var hostContribution in _hostContributions)
            {
                hostContribution.ConfigureSchema(host);
            }

            var hostConflicts = claims.TryClaim(host);
            if (hostConflicts.Count > 0)
            {
                throw new InvalidOperationException($"The host's own schema part conflicts with itself: {string.Join("; ", hostConflicts)}.");
            }

            accepted.Add(host);
        }

        foreach (var contribution in contributions)
        {
            var conflicts = claims.TryClaim(contribution);
            if (conflicts.Count > 0)
            {
                faults[contribution.ModuleId] = Describe(contribution.ModuleId, conflicts);
            }
            else
            {
                accepted.Add(contribution);
            }
        }

        var warnings = new List<string>();
        var extensions = new List<(string ModuleId, IComplexGraphType Target, FieldType Field)>();
        foreach (var contribution in accepted)
        {
            var conflicts = claims.TryClaimExtensions(contribution, warnings, extensions);
            if (conflicts.Count > 0)
            {
                faults[contribution.ModuleId] = Describe(contribution.ModuleId, conflicts);
            }
        }

        if (faults.Count > 0)
        {
            return new AssemblyAttempt(null, faults, null);
        }

        try
        {
            return new AssemblyAttempt(Build(accepted, claims, extensions, warnings), faults, null);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new AssemblyAttempt(null, faults, exception);
        }
    }

    private static List<ModuleSchemaContribution> Collect(IReadOnlyList<ActiveModule> modules, Dictionary<string, string> faults)
    {
        var contributions = new List<ModuleSchemaContribution>(modules.Count);
        foreach (var module in modules)
        {
            var contribution = new ModuleSchemaContribution(module.Id);
            try
            {
                module.Module.ConfigureSchema(contribution);
                contributions.Add(contribution);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                faults[module.Id] = $"Module '{module.Id}' failed in ConfigureSchema: {exception.Message}";
            }
        }

        return contributions;
    }

    private static string Describe(string moduleId, List<string> conflicts) =>
        $"Module '{moduleId}' conflicts with the schema: {string.Join("; ", conflicts)}.";

    private ComposedSchema Build(
        List<ModuleSchemaContribution> accepted,
        Claims claims,
        List<(string ModuleId, IComplexGraphType Target, FieldType Field)> extensions,
        List<string> warnings)
    {
        // One declared instance per CLR type; a CLR type two modules both declare is caught as a name conflict.
        var declared = accepted.SelectMany(contribution => contribution.Types)
            .GroupBy(type => type.GetType())
            .ToDictionary(group => group.Key, group => group.First());
        var schema = new Schema(new DeclaredTypeProvider(declared));
        // Current introspection (graphql-js 17's getIntrospectionQuery asks for both).
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        // Payload errors are named only through the UserError interface; its plain implementation is always there.
        schema.RegisterType(typeof(InputErrorType));
        var roots = RootTypeNames.ToDictionary(name => name, name => new ObjectGraphType { Name = name }, StringComparer.Ordinal);
        NodeRootFields.AddTo(roots["Query"], claims.Nodes);
        foreach (var contribution in accepted)
        {
            foreach (var type in contribution.Types)
            {
                schema.RegisterType(type);
            }

            MoveFields(contribution.Query, roots["Query"], contribution.ModuleId);
            MoveFields(contribution.Mutation, roots["Mutation"], contribution.ModuleId);
            MoveFields(contribution.Subscription, roots["Subscription"], contribution.ModuleId);
        }

        foreach (var (moduleId, target, field) in extensions)
        {
            field.Metadata[ModuleMetadataKey] = moduleId;
            target.AddField(field);
        }

        schema.Query = roots["Query"];
        schema.Mutation = roots["Mutation"].Fields.Count > 0 ? roots["Mutation"] : null;
        schema.Subscription = roots["Subscription"].Fields.Count > 0 ? roots["Subscription"] : null;
        schema.Initialize();

        // The host's types are owned by the host (claims.TypeOwners); only modules' parts are walked for owners.
        var owners = TypeOwnership.Assign(schema, accepted.Where(c => c.ModuleId != HostOwner).ToList(), claims.TypeOwners);
        ModuleResolverWiring.Wrap(schema, owners, authorizer);
        var ownersByName = owners.ToDictionary(pair => pair.Key.Name!, pair => pair.Value, StringComparer.Ordinal);
        foreach (var name in RootTypeNames.Where(name => schema.AllTypes[name] is not null))
        {
            ownersByName[name] = HostOwner;
        }

        return new ComposedSchema(schema, warnings, ownersByName);
    }

    private static void MoveFields(ObjectGraphType from, ObjectGraphType to, string moduleId)
    {
        foreach (var field in from.Fields.ToList())
        {
            field.Metadata[ModuleMetadataKey] = moduleId;
            to.AddField(field);
        }
    }

    /// <summary>The outcome of one attempt: a schema, or modules to leave out, or an error to attribute.</summary>
    internal sealed record AssemblyAttempt(ComposedSchema? Schema, IReadOnlyDictionary<string, string> Faults, Exception? Error);

    /// <summary>Who owns which name so far, in module order; the first claimant wins, later ones are faulted.</summary>
    internal sealed class Claims
    {
        private readonly Dictionary<string, Dictionary<string, string>> _rootFields = RootTypeNames.ToDictionary(
            name => name, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);

        private readonly Dictionary<string, IGraphType> _declared = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Type, string Field), string> _extensionFields = [];
        private readonly Dictionary<(string Enum, string Value), string> _enumValues = [];

        public Claims()
        {
            foreach (var name in RootTypeNames.Append(NodeInterfaceType.TypeName))
            {
                TypeOwners[name] = HostOwner;
            }

            _rootFields["Query"]["node"] = HostOwner;
            _rootFields["Query"]["nodes"] = HostOwner;
        }

        public Dictionary<string, string> TypeOwners { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, NodeRegistration> Nodes { get; } = new(StringComparer.Ordinal);

        public List<string> TryClaim(ModuleSchemaContribution contribution)
        {
            var conflicts = new List<string>();
            var moduleId = contribution.ModuleId;
            var ownTypes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var type in contribution.Types)
            {
                if (string.IsNullOrEmpty(type.Name))
                {
                    conflicts.Add($"a declared type of CLR type {type.GetType().Name} has no name");
                }
                else if (TypeOwners.TryGetValue(type.Name, out var owner))
                {
                    conflicts.Add($"type '{type.Name}' is already defined by {Party(owner)}");
                }
                else if (!ownTypes.Add(type.Name))
                {
                    conflicts.Add($"type '{type.Name}' is declared twice");
                }
            }

            foreach (var (rootName, root) in Roots(contribution))
            {
                foreach (var field in root.Fields)
                {
                    if (_rootFields[rootName].TryGetValue(FieldName(field.Name), out var owner))
                    {
                        conflicts.Add($"field '{rootName}.{field.Name}' is already defined by {Party(owner)}");
                    }
                }
            }

            foreach (var (typeName, _) in contribution.Nodes)
            {
                if (Nodes.TryGetValue(typeName, out var registration))
                {
                    conflicts.Add($"node type '{typeName}' is already served by {Party(registration.ModuleId)}");
                }
            }

            if (conflicts.Count > 0)
            {
                return conflicts;
            }

            foreach (var type in contribution.Types)
            {
                TypeOwners[type.Name] = moduleId;
                _declared[type.Name] = type;
            }

            foreach (var (rootName, root) in Roots(contribution))
            {
                foreach (var field in root.Fields)
                {
                    _rootFields[rootName][FieldName(field.Name)] = moduleId;
                }
            }

            foreach (var (typeName, resolve) in contribution.Nodes)
            {
                Nodes[typeName] = new NodeRegistration(typeName, moduleId, resolve);
            }

            return conflicts;
        }

        public List<string> TryClaimExtensions(
            ModuleSchemaContribution contribution,
            List<string> warnings,
            List<(string ModuleId, IComplexGraphType Target, FieldType Field)> extensions)
        {
            var conflicts = new List<string>();
            var planned = new List<(string ModuleId, IComplexGraphType Target, FieldType Field)>();
            foreach (var extension in contribution.Extensions)
            {
                if (!_declared.TryGetValue(extension.TypeName, out var target))
                {
                    warnings.Add($"Module '{contribution.ModuleId}' extends type '{extension.TypeName}', which no enabled module defines; " +
                        $"its fields {string.Join(", ", extension.Fields.Fields.Select(f => f.Name))} are skipped.");
                    continue;
                }

                if (target is not IObjectGraphType objectType)
                {
                    conflicts.Add($"it extends '{extension.TypeName}', which is not an object type");
                    continue;
                }

                var sourceType = SourceTypeOf(objectType);
                if (sourceType is not null && !extension.SourceType.IsAssignableFrom(sourceType))
                {
                    conflicts.Add($"its extension of '{extension.TypeName}' expects {extension.SourceType.Name}, " +
                        $"but {Party(TypeOwners[extension.TypeName])} resolves '{extension.TypeName}' to {sourceType.Name}");
                    continue;
                }

                foreach (var field in extension.Fields.Fields)
                {
                    if (objectType.Fields.Any(existing => FieldName(existing.Name) == FieldName(field.Name)))
                    {
                        conflicts.Add($"field '{extension.TypeName}.{field.Name}' is already defined by {Party(TypeOwners[extension.TypeName])}");
                    }
                    else if (_extensionFields.TryGetValue((extension.TypeName, FieldName(field.Name)), out var owner)
                        || planned.Any(p => p.Target == objectType && FieldName(p.Field.Name) == FieldName(field.Name)))
                    {
                        conflicts.Add($"field '{extension.TypeName}.{field.Name}' is already added by {Party(owner ?? contribution.ModuleId)}");
                    }
                    else
                    {
                        planned.Add((contribution.ModuleId, objectType, field));
                    }
                }
            }

            var plannedValues = PlanEnumValues(contribution, warnings, conflicts);
            if (conflicts.Count == 0)
            {
                foreach (var item in planned)
                {
                    _extensionFields[(item.Target.Name, FieldName(item.Field.Name))] = item.ModuleId;
                }

                extensions.AddRange(planned);

                // The enum instances are this attempt's own (ConfigureSchema runs again for every attempt), so
                // adding to them here cannot leak into another composition.
                foreach (var (target, extension) in plannedValues)
                {
                    _enumValues[(extension.EnumName, extension.Value)] = contribution.ModuleId;
                    target.Add(new EnumValueDefinition(extension.Value, extension.Value) { Description = extension.Description });
                }
            }

            return conflicts;
        }

        private List<(EnumerationGraphType Target, EnumExtension Extension)> PlanEnumValues(
            ModuleSchemaContribution contribution,
            List<string> warnings,
            List<string> conflicts)
        {
            var planned = new List<(EnumerationGraphType Target, EnumExtension Extension)>();
            foreach (var extension in contribution.EnumValues)
            {
                if (!_declared.TryGetValue(extension.EnumName, out var target))
                {
                    warnings.Add($"Module '{contribution.ModuleId}' adds '{extension.Value}' to enum '{extension.EnumName}', which no enabled module defines; the value is skipped.");
                }
                else if (target is not EnumerationGraphType enumType)
                {
                    conflicts.Add($"it adds a value to '{extension.EnumName}', which is not an enum");
                }
                else if (_enumValues.TryGetValue((extension.EnumName, extension.Value), out var owner)
                    || planned.Any(p => p.Target == enumType && p.Extension.Value == extension.Value))
                {
                    conflicts.Add($"value '{extension.EnumName}.{extension.Value}' is already added by {Party(owner ?? contribution.ModuleId)}");
                }
                else if (enumType.Values.FindByName(extension.Value) is not null)
                {
                    conflicts.Add($"value '{extension.EnumName}.{extension.Value}' is already defined by {Party(TypeOwners[extension.EnumName])}");
                }
                else
                {
                    planned.Add((enumType, extension));
                }
            }

            return planned;
        }

        // GraphQL.NET camel-cases field names only while initializing (Field(x => x.Name) is "Name" until then).
        private static string FieldName(string name) => name.ToCamelCase();

        private static string Party(string owner) => owner == HostOwner ? "the host" : $"module '{owner}'";

        private static IEnumerable<(string Name, ObjectGraphType Root)> Roots(ModuleSchemaContribution contribution) =>
            [("Query", contribution.Query), ("Mutation", contribution.Mutation), ("Subscription", contribution.Subscription)];

        // The TSource of ObjectGraphType<TSource>, when the owner declared one; null when it resolves plain objects.
        private static Type? SourceTypeOf(IObjectGraphType type)
        {
            for (var current = type.GetType(); current is not null; current = current.BaseType)
            {
                if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(ObjectGraphType<>))
                {
                    var source = current.GetGenericArguments()[0];
                    return source == typeof(object) ? null : source;
                }
            }

            return null;
        }
    }
}
