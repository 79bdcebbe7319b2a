using GraphQL.Types;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// The <c>Node</c> interface (<c>id: ID!</c>, an opaque global id) that Relay, Apollo and urql expect. Object types
/// join it with <see cref="NodeGraphTypeExtensions.IsNode{T}(ObjectGraphType{T}, string)"/>; the host adds <c>node(id)</c> and <c>nodes(ids)</c>.
/// </summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    /// <summary>The GraphQL name of the interface.</summary>
    public const string TypeName = "Node";

    /// <summary>Declares the interface and its one field.</summary>
    public NodeInterfaceType()
    {
        Name = TypeName;
        Description = "An object with a global id, fetchable with node(id).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque global id of the object.");
    }
}
