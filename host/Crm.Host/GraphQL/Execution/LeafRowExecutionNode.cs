using GraphQL.Execution;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// One object of a list whose selected fields are all scalar or enum leaves, resolved by <see cref="LeafRows"/>
/// into one array of serialized values instead of one <see cref="ValueExecutionNode"/> per field. It is complete
/// when built: every value is serialized and no value of a non-null field is null, so it never nulls its parent.
/// </summary>
/// <remarks>
/// Not an <see cref="ObjectExecutionNode"/> on purpose: GraphQL.NET's converters write an object node from its
/// child nodes, which this node does not have, while any other node they write from <see cref="ToValue"/>; so
/// GraphQL.NET's serializers, <c>ExecutionResult.Data</c> readers and the host's own writer all see the same object.
/// </remarks>
internal sealed class LeafRowExecutionNode : ExecutionNode
{
    public LeafRowExecutionNode(ArrayExecutionNode list, IObjectGraphType rowType, int index, LeafField[] fields, object source)
        : base(list, rowType, list.Field, list.FieldDefinition, index)
    {
        Fields = fields;
        Values = new object?[fields.Length];
        Result = source;
    }

    /// <summary>The row's fields, in response order.</summary>
    public LeafField[] Fields { get; }

    /// <summary>The serialized value of each field, at the field's position.</summary>
    public object?[] Values { get; }

    /// <summary>The row as GraphQL.NET's object nodes give it: response names to values, in response order.</summary>
    public override object? ToValue()
    {
        var row = new Dictionary<string, object?>(Fields.Length);
        for (var i = 0; i < Fields.Length; i++)
        {
            row.Add(Fields[i].ResponseName, Values[i]);
        }

        return row;
    }

    /// <inheritdoc/>
    public override bool PropagateNull() => false;
}
