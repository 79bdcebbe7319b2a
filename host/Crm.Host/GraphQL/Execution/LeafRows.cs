using System.Collections;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// Resolves one object of a list whose selected fields are all scalar or enum leaves as a flat row: each field's
/// resolver runs, its value is serialized and null-checked in one loop, into a <see cref="LeafRowExecutionNode"/>,
/// with no execution node per field. A list of 20 rows of 5 fields otherwise costs GraphQL.NET 100 value nodes,
/// 20 object nodes with their arrays, and 120 turns of its node loop.
/// </summary>
/// <remarks>
/// A row that is not plain all the way (a resolver throws, answers later, returns a data loader or a list, a value
/// fails to serialize or is null in a non-null field, or the request is cancelled) is given back to GraphQL.NET's
/// shape at that field: an object node whose earlier leaves hold their values, whose failing leaf holds the
/// resolver's answer for the strategy to complete when GraphQL.NET would have run it, and whose later leaves are
/// ordinary value nodes. Errors, their paths and order, and null propagation are therefore GraphQL.NET's.
/// </remarks>
internal static class LeafRows
{
    public static ExecutionNode Resolve(
        LeafExecutionContext context, ArrayExecutionNode list, IObjectGraphType rowType, int index, object source, LeafField[] leaves)
    {
        var row = new LeafRowExecutionNode(list, rowType, index, leaves, source);
        var values = row.Values;
        var resolveContext = context.RentRowContext();
        for (var i = 0; i < leaves.Length; i++)
        {
            ref readonly var leaf = ref leaves[i];
            if (context.CancellationToken.IsCancellationRequested)
            {
                // GraphQL.NET's node loop stops the request before the next field; give it the fields left.
                context.Return(resolveContext);
                return Unflatten(row, i, answer: null);
            }

            ValueTask<object?> answer;
            try
            {
                answer = leaf.Resolver.ResolveAsync(resolveContext.MoveTo(row, leaf));
            }
            catch (Exception error)
            {
                context.Return(resolveContext);
                return Unflatten(row, i, ValueTask.FromException<object?>(error));
            }

            if (!answer.IsCompletedSuccessfully)
            {
                // A resolver still running may read its context later: that context is not handed out again.
                if (answer.IsCompleted)
                {
                    context.Return(resolveContext);
                }

                return Unflatten(row, i, answer);
            }

            var result = answer.Result;
            // Strings first: most leaves are strings, and an exact type test is far cheaper than the interface tests.
            if (result is not string && (result is IDataLoaderResult || result is IEnumerable))
            {
                // A data loader or a lazy sequence may still read the context it was built from.
                return Unflatten(row, i, new ValueTask<object?>(result));
            }

            object? serialized;
            try
            {
                serialized = leaf.Type.Serialize(result);
            }
            catch (Exception)
            {
                // The strategy serializes it again where GraphQL.NET would, and reports the failure there.
                context.Return(resolveContext);
                return Unflatten(row, i, new ValueTask<object?>(result));
            }

            if (serialized is null && leaf.NonNull)
            {
                context.Return(resolveContext);
                return Unflatten(row, i, new ValueTask<object?>(result));
            }

            values[i] = serialized;
        }

        context.Return(resolveContext);
        return row;
    }

    // GraphQL.NET's node for the row, with the leaves before `stop` settled and the one at `stop` answered.
    private static ObjectExecutionNode Unflatten(LeafRowExecutionNode row, int stop, ValueTask<object?>? answer)
    {
        var list = (ArrayExecutionNode)row.Parent;
        var node = new ObjectExecutionNode(list, row.GraphType, list.Field, list.FieldDefinition, row.IndexInParentNode) { Result = row.Result };
        var leaves = row.Fields;
        var subFields = new ExecutionNode[leaves.Length];
        for (var i = 0; i < leaves.Length; i++)
        {
            ref readonly var leaf = ref leaves[i];
            subFields[i] = i < stop ? ResolvedLeafExecutionNode.Settled(node, leaf, row.Values[i])
                : i == stop && answer is { } pending ? ResolvedLeafExecutionNode.Answered(node, leaf, pending)
                : new ValueExecutionNode(node, leaf.Type, leaf.Field, leaf.Definition, null);
        }

        node.SubFields = subFields;
        return node;
    }
}
