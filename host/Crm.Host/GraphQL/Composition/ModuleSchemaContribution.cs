using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Composition;

/// <summary>
/// Records what one module declares in <c>ConfigureSchema</c>, without touching the schema: composition reads it
/// afterwards, checks it against the other modules and only then builds.
/// </summary>
internal sealed class ModuleSchemaContribution(string moduleId) : ISchemaBuilder
{
    private readonly List<IGraphType> _types = [];
    private readonly List<TypeExtension> _extensions = [];
    private readonly List<(string TypeName, NodeResolver Resolve)> _nodes = [];
    private readonly List<EnumExtension> _enumValues = [];

    public string ModuleId { get; } = moduleId;

    public ObjectGraphType Query { get; } = new() { Name = "Query" };

    public ObjectGraphType Mutation { get; } = new() { Name = "Mutation" };

    public ObjectGraphType Subscription { get; } = new() { Name = "Subscription" };

    public IReadOnlyList<IGraphType> Types => _types;

    public IReadOnlyList<TypeExtension> Extensions => _extensions;

    public IReadOnlyList<(string TypeName, NodeResolver Resolve)> Nodes => _nodes;

    public IReadOnlyList<EnumExtension> EnumValues => _enumValues;

    public void AddType<TGraphType>()
        where TGraphType : IGraphType, new() => AddType(new TGraphType());

    public void AddType(IGraphType graphType)
    {
        ArgumentNullException.ThrowIfNull(graphType);
        _types.Add(graphType);
    }

    public ObjectGraphType<TSource> Extend<TSource>(string typeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        var fields = new ObjectGraphType<TSource> { Name = typeName };
        _extensions.Add(new TypeExtension(typeName, typeof(TSource), fields));
        return fields;
    }

    public void AddNode(string typeName, NodeResolver resolve)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        ArgumentNullException.ThrowIfNull(resolve);
        _nodes.Add((typeName, resolve));
    }

    public void ExtendEnum(string enumName, string value, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(enumName);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _enumValues.Add(new EnumExtension(enumName, value, description));
    }
}

/// <summary>One value a module adds to an enum it names.</summary>
internal sealed record EnumExtension(string EnumName, string Value, string Description);

/// <summary>Fields one module adds to a type it names; <see cref="SourceType"/> is what its resolvers expect.</summary>
internal sealed record TypeExtension(string TypeName, Type SourceType, IComplexGraphType Fields);
