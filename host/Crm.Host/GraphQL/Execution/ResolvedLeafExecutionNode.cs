using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// A leaf of a row that <see cref="LeafRows"/> began as a flat row and then gave back to GraphQL.NET's node tree: its
/// resolver has already run. Either its value is final (<see cref="Pending"/> is null) or the resolver's answer waits
/// in <see cref="Pending"/> until <see cref="SynchronousLeafExecutionStrategy"/> executes the node where GraphQL.NET
/// would run it, so its errors, its null checks and its data loader come in GraphQL.NET's order.
/// </summary>
internal sealed class ResolvedLeafExecutionNode(ExecutionNode row, ScalarGraphType type, GraphQLField field, FieldType definition)
    : ValueExecutionNode(row, type, field, definition, null)
{
    /// <summary>The resolver's answer, not yet completed; taken once by the strategy.</summary>
    public ValueTask<object?>? Pending { get; private set; }

    /// <summary>A leaf whose serialized value is final.</summary>
    public static ResolvedLeafExecutionNode Settled(ExecutionNode row, in LeafField leaf, object? value) =>
        new(row, leaf.Type, leaf.Field, leaf.Definition) { Result = value };

    /// <summary>A leaf whose resolver answered <paramref name="answer"/>, to be completed when it is executed.</summary>
    public static ResolvedLeafExecutionNode Answered(ExecutionNode row, in LeafField leaf, ValueTask<object?> answer) =>
        new(row, leaf.Type, leaf.Field, leaf.Definition) { Pending = answer };

    /// <summary>Takes the pending answer, if any; the strategy completes it.</summary>
    public ValueTask<object?>? TakePending()
    {
        var pending = Pending;
        Pending = null;
        return pending;
    }
}
