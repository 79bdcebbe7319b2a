using GraphQL.Types;

namespace Crm.Host.GraphQL.Composition;

/// <summary>
/// The shape feature holding the GraphQL schema composed from the shape's modules: built, validated and initialized
/// before the shape went into service, shared by every request on that shape.
/// </summary>
public sealed class ComposedSchema
{
    internal ComposedSchema(ISchema schema, IReadOnlyList<string> warnings, IReadOnlyDictionary<string, string> typeOwners)
    {
        Schema = schema;
        Warnings = warnings;
        TypeOwners = typeOwners;
    }

    /// <summary>The initialized schema.</summary>
    public ISchema Schema { get; }

    /// <summary>What composition skipped without faulting a module (extensions of types no enabled module defines).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Named type to the id of the module that defines it (<c>host</c> for the host's own types).</summary>
    public IReadOnlyDictionary<string, string> TypeOwners { get; }
}
