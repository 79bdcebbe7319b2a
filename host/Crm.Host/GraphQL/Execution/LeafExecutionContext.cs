using System.Diagnostics.CodeAnalysis;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's execution context of one request, plus the one resolve-field context that
/// <see cref="SynchronousLeafExecutionStrategy"/> hands, in turn, to the request's scalar leaves (and one for the
/// fields of flat rows, <see cref="LeafRows"/>). The strategy
/// executes a request's nodes one after another from a single loop, so one spare per request is enough and needs no
/// lock; a context a resolver may still hold (an unfinished result, a lazy list, a data loader) is never handed out
/// again. It also remembers which fields each selection set selects on each object type: within one request the
/// answer cannot change (same document, same variables for @skip and @include), and a list of 20 objects would
/// otherwise collect the same fields 20 times.
/// </summary>
internal sealed class LeafExecutionContext : ExecutionContext
{
    private readonly List<(IGraphType Type, GraphQLSelectionSet SelectionSet, CollectedFields Fields)> _collected = new(2);
    private ReadonlyResolveFieldContext? _spare;
    private LeafRowResolveContext? _spareRowContext;

    /// <summary>A resolve-field context for <paramref name="node"/>: the spare one when it is free, else a new one.</summary>
    public ReadonlyResolveFieldContext RentResolveContext(ExecutionNode node)
    {
        var spare = _spare;
        _spare = null;
        return spare is null ? new ReadonlyResolveFieldContext(node, this) : ResolveFieldContextReset.Reset(spare, node, this);
    }

    /// <summary>Gives back a context no resolver holds any more.</summary>
    public void Return(ReadonlyResolveFieldContext context) => _spare = ResolveFieldContextReset.Reset(context, null, null);

    /// <summary>The context for the fields of flat rows (<see cref="LeafRows"/>): the spare one when it is free, else a new one.</summary>
    /// <remarks>
    /// Unlike the leaves' context, this one is taken atomically: rows are resolved where a list completes, and the
    /// lists of fields that answered asynchronously complete on pool threads, side by side.
    /// </remarks>
    public LeafRowResolveContext RentRowContext() => Interlocked.Exchange(ref _spareRowContext, null) ?? new LeafRowResolveContext(this);

    /// <summary>Gives back a row context no resolver holds any more (when two come back, one is kept).</summary>
    public void Return(LeafRowResolveContext context) => Volatile.Write(ref _spareRowContext, context);

    /// <summary>
    /// The fields <paramref name="selectionSet"/> selects on <paramref name="type"/>, in response order, when this
    /// request collected them already. Async resolvers complete objects on several threads, hence the lock.
    /// </summary>
    public bool TryGetCollectedFields(IGraphType type, GraphQLSelectionSet selectionSet, [NotNullWhen(true)] out CollectedFields? fields)
    {
        lock (_collected)
        {
            foreach (var entry in _collected)
            {
                if (ReferenceEquals(entry.Type, type) && ReferenceEquals(entry.SelectionSet, selectionSet))
                {
                    fields = entry.Fields;
                    return true;
                }
            }
        }

        fields = null;
        return false;
    }

    /// <summary>Remembers the fields collected for <paramref name="selectionSet"/> on <paramref name="type"/>.</summary>
    public void AddCollectedFields(IGraphType type, GraphQLSelectionSet selectionSet, CollectedFields fields)
    {
        lock (_collected)
        {
            _collected.Add((type, selectionSet, fields));
        }
    }
}
