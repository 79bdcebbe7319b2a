using System.Collections;
using System.Runtime.ExceptionServices;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's parallel query strategy, with one shortcut: a scalar field of an object whose resolver answers
/// synchronously (a property read, a computed value) is resolved, serialized and checked without the two async
/// state machines GraphQL.NET runs per field, and with the request's spare resolve-field context instead of a
/// thread-static one. Everything else, and every leaf whose resolver answers asynchronously, fails, returns a data
/// loader or is cancelled, goes GraphQL.NET's way or through the same protected steps it uses (error at the node's
/// path, the unhandled-exception delegate, null for a non-null field), so results and errors are those of
/// <see cref="ParallelExecutionStrategy"/>, in the same order.
/// </summary>
internal sealed class SynchronousLeafExecutionStrategy : ParallelExecutionStrategy
{
    // GraphQL.NET's SetSubFieldNodes, with the collected fields remembered for the request (see LeafExecutionContext).
    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        if (context is not LeafExecutionContext leafContext)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        var selectionSet = parent.SelectionSet!;
        if (!leafContext.TryGetCollectedFields(parentType, selectionSet, out var fields))
        {
            // Two threads may both collect the first time; either answer is the same list.
            var collected = CollectFieldsFrom(context, parentType, selectionSet, new(selectionSet.Selections.Count));
            fields = new (GraphQLField, FieldType)[collected.Count];
            var index = 0;
            foreach (var pair in collected)
            {
                fields[index++] = pair.Value;
            }

            leafContext.AddCollectedFields(parentType, selectionSet, fields);
        }

        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            subFields[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }

        parent.SubFields = subFields;
    }

    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        // Items of a list are completed with the list, never executed on their own (as in GraphQL.NET).
        if (node is not ValueExecutionNode leaf || node.Parent is ArrayExecutionNode
            || context is not LeafExecutionContext leafContext || context.CancellationToken.IsCancellationRequested)
        {
            return base.ExecuteNodeAsync(context, node);
        }

        var resolveContext = leafContext.RentResolveContext(node);
        ValueTask<object?> resolving;
        try
        {
            resolving = SelectResolver(node, context).ResolveAsync(resolveContext);
        }
        catch (Exception error)
        {
            return FailAsync(context, node, error);
        }

        if (!resolving.IsCompletedSuccessfully)
        {
            return ResolveLaterAsync(context, leaf, resolving);
        }

        var result = resolving.Result;
        leaf.Result = result;
        // Strings first: most leaves are strings, and an exact type test is far cheaper than the interface tests.
        if (result is not string)
        {
            if (result is IDataLoaderResult)
            {
                // The strategy's loop completes it with the other data loaders; the loader may hold the context.
                return Task.CompletedTask;
            }

            // A lazy sequence may still read the context it was built from (GraphQL.NET does not reuse it either).
            if (result is IEnumerable)
            {
                return Complete(context, leaf);
            }
        }

        leafContext.Return(resolveContext);
        return Complete(context, leaf);
    }

    private async Task ResolveLaterAsync(ExecutionContext context, ValueExecutionNode leaf, ValueTask<object?> resolving)
    {
        object? result;
        try
        {
            result = await resolving.ConfigureAwait(false);
        }
        catch (Exception error)
        {
            await FailAsync(context, leaf, error).ConfigureAwait(false);
            return;
        }

        leaf.Result = result;
        if (result is not IDataLoaderResult)
        {
            await Complete(context, leaf).ConfigureAwait(false);
        }
    }

    // GraphQL.NET's CompleteNodeAsync for a value node: serialize with the scalar type, then the non-null check.
    private Task Complete(ExecutionContext context, ValueExecutionNode leaf)
    {
        try
        {
            var serialized = leaf.GraphType.Serialize(leaf.Result);
            leaf.Result = serialized;
            // For a scalar, GraphQL.NET's ValidateNodeResult only refuses null in a non-null field.
            if (serialized is null)
            {
                ValidateNodeResult(context, leaf);
            }

            return Task.CompletedTask;
        }
        catch (Exception error)
        {
            return FailAsync(context, leaf, error);
        }
    }

    // The catch clauses of GraphQL.NET's ExecuteNodeAsync and CompleteNodeAsync, in their order.
    private async Task FailAsync(ExecutionContext context, ExecutionNode node, Exception error)
    {
        if (error is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        if (error is ExecutionError executionError)
        {
            SetNodeError(context, node, executionError);
            return;
        }

        if (await ProcessNodeUnhandledExceptionAsync(context, node, error).ConfigureAwait(false))
        {
            ExceptionDispatchInfo.Throw(error);
        }
    }
}
