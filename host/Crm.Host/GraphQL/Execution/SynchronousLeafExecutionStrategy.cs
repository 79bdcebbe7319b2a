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
/// <see cref="ParallelExecutionStrategy"/>, in the same order. An object of a list whose selected fields are all
/// scalar or enum leaves goes further: it becomes one flat row without a node per field (<see cref="LeafRows"/>).
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

        var fields = Collect(leafContext, parent.GetObjectGraphType(context.Schema) ?? parent.GraphType, parent.SelectionSet!).Fields;
        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            subFields[i] = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }

        parent.SubFields = subFields;
    }

    /// <summary>
    /// GraphQL.NET's SetArrayItemNodesAsync, except that an object of a list of one object type whose selected
    /// fields are all leaves becomes a flat row (<see cref="LeafRows"/>). An item that is null or a data loader, an
    /// item the type's IsTypeOf refuses, and any item once the request is cancelled are completed GraphQL.NET's way.
    /// </summary>
    protected override async Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        var itemType = ((ListGraphType)parent.GraphType).ResolvedType!;
        var rowType = (itemType is NonNullGraphType nonNull ? nonNull.ResolvedType : itemType) as IObjectGraphType;
        if (context is not LeafExecutionContext leafContext || rowType is null || parent.Result is not IEnumerable data
            || parent.Field.SelectionSet is not { } selectionSet || Collect(leafContext, rowType, selectionSet).Leaves is not { } leaves)
        {
            await base.SetArrayItemNodesAsync(context, parent).ConfigureAwait(false);
            return;
        }

        var typeCheck = rowType.SkipTypeCheck ? null : rowType.IsTypeOf;
        List<ExecutionNode> items;
        // By index when it is a list, as GraphQL.NET does (some of its own lists only implement that).
        if (data is IList list)
        {
            items = new(list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                items.Add(await ItemNodeAsync(leafContext, parent, itemType, rowType, typeCheck, leaves, list[i], i).ConfigureAwait(false));
            }
        }
        else
        {
            items = data is ICollection collection ? new(collection.Count) : [];
            foreach (var item in data)
            {
                items.Add(await ItemNodeAsync(leafContext, parent, itemType, rowType, typeCheck, leaves, item, items.Count).ConfigureAwait(false));
            }
        }

        parent.Items = items;
    }

    private async ValueTask<ExecutionNode> ItemNodeAsync(
        LeafExecutionContext context, ArrayExecutionNode parent, IGraphType itemType, IObjectGraphType rowType, Func<object, bool>? typeCheck,
        LeafField[] leaves, object? item, int index)
    {
        if (item is not (null or IDataLoaderResult) && (typeCheck is null || typeCheck(item)) && !context.CancellationToken.IsCancellationRequested)
        {
            return LeafRows.Resolve(context, parent, rowType, index, item, leaves);
        }

        var node = BuildExecutionNode(parent, itemType, parent.Field, parent.FieldDefinition, index);
        node.Result = item;
        if (item is not IDataLoaderResult)
        {
            await CompleteNodeAsync(context, node).ConfigureAwait(false);
        }

        return node;
    }

    // The fields a selection set selects on a type, collected once per request (two threads may both collect the
    // first time; either answer is the same).
    private CollectedFields Collect(LeafExecutionContext context, IGraphType type, GraphQLSelectionSet selectionSet)
    {
        if (context.TryGetCollectedFields(type, selectionSet, out var fields))
        {
            return fields;
        }

        var collected = CollectFieldsFrom(context, type, selectionSet, new(selectionSet.Selections.Count));
        var array = new (GraphQLField, FieldType)[collected.Count];
        var index = 0;
        foreach (var pair in collected)
        {
            array[index++] = pair.Value;
        }

        fields = new CollectedFields(array);
        context.AddCollectedFields(type, selectionSet, fields);
        return fields;
    }

    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        // Items of a list are completed with the list, never executed on their own (as in GraphQL.NET).
        if (node is not ValueExecutionNode leaf || node.Parent is ArrayExecutionNode
            || context is not LeafExecutionContext leafContext || context.CancellationToken.IsCancellationRequested)
        {
            return base.ExecuteNodeAsync(context, node);
        }

        // A leaf of a row given back by LeafRows: its resolver has run; complete its answer here, in GraphQL.NET's turn.
        if (node is ResolvedLeafExecutionNode resolved)
        {
            return resolved.TakePending() is { } answer ? Continue(context, leafContext, leaf, answer, resolveContext: null) : Task.CompletedTask;
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

        return Continue(context, leafContext, leaf, resolving, resolveContext);
    }

    // What follows the resolver: the result, or the wait for it, then serialization and the null check.
    private Task Continue(ExecutionContext context, LeafExecutionContext leafContext, ValueExecutionNode leaf, ValueTask<object?> resolving, ReadonlyResolveFieldContext? resolveContext)
    {
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

        if (resolveContext is not null)
        {
            leafContext.Return(resolveContext);
        }

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
