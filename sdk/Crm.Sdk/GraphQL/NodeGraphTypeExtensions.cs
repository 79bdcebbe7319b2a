using GraphQL.Types;

namespace Crm.Sdk.GraphQL;

/// <summary>Turns an object type into a <c>Node</c> in one line.</summary>
public static class NodeGraphTypeExtensions
{
    /// <summary>
    /// Names the type <paramref name="typeName"/>, makes it implement <c>Node</c> and adds <c>id: ID!</c> holding the
    /// global id of <see cref="IEntity.Id"/>. Call it first in the graph type's constructor; pair it with
    /// <see cref="ISchemaBuilder.AddNode"/> so <c>node(id)</c> can fetch the type.
    /// </summary>
    /// <example>
    /// <code>
    /// public sealed class CustomerType : ObjectGraphType&lt;Customer&gt;
    /// {
    ///     public CustomerType()
    ///     {
    ///         this.IsNode("Customer");
    ///         Field(c => c.Name);
    ///     }
    /// }
    /// </code>
    /// </example>
    public static ObjectGraphType<T> IsNode<T>(this ObjectGraphType<T> graphType, string typeName)
        where T : IEntity => graphType.IsNode(typeName, entity => entity.Id.ToString("N"));

    /// <summary>Like <see cref="IsNode{T}(ObjectGraphType{T}, string)"/> for entities whose local id is not an <see cref="IEntity"/> Guid.</summary>
    /// <param name="graphType">The object type being declared.</param>
    /// <param name="typeName">The GraphQL name, also encoded in the global ids.</param>
    /// <param name="localId">Reads the local id of an object.</param>
    public static ObjectGraphType<T> IsNode<T>(this ObjectGraphType<T> graphType, string typeName, Func<T, string> localId)
    {
        ArgumentNullException.ThrowIfNull(graphType);
        ArgumentNullException.ThrowIfNull(localId);
        graphType.Name = typeName;
        graphType.Interface<NodeInterfaceType>();
        graphType.IsTypeOf = value => value is T;
        graphType.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The opaque global id of the object.")
            .Resolve(context => GlobalId.Encode(typeName, localId(context.Source)))
            .ResolvesWithoutServices();
        return graphType;
    }
}
