using GraphQL;
using GraphQLParser.AST;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// The names of the fields a query selects under the field being resolved, read from the query's own selection
/// with inline fragments and fragment spreads followed, so a resolver loads only what will be shown (a module's
/// child lists, each a statement). Directives are not evaluated: a field under <c>@skip</c> still counts, which
/// loads a little more, never less.
/// </summary>
public static class SelectedFields
{
    // Validation refuses fragment cycles before any resolver runs; the bound only stops a malformed document.
    private const int MaxFragmentDepth = 16;

    /// <summary>The fields selected directly under the current field (an object-returning field such as <c>customer(id)</c>).</summary>
    public static IReadOnlySet<string> Of(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (context.FieldAst.SelectionSet is { } selection)
        {
            foreach (var field in Fields(context, selection, depth: 0))
            {
                names.Add(field.Name.StringValue);
            }
        }

        return names;
    }

    /// <summary>The fields selected on a connection's items, under <c>nodes</c> and under <c>edges { node }</c>.</summary>
    public static IReadOnlySet<string> OfConnectionNodes(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (context.FieldAst.SelectionSet is not { } connection)
        {
            return names;
        }

        foreach (var field in Fields(context, connection, depth: 0))
        {
            var items = field.Name.StringValue switch
            {
                "nodes" => [field],
                "edges" when field.SelectionSet is { } edges => Fields(context, edges, depth: 0).Where(f => f.Name.StringValue == "node"),
                _ => [],
            };
            foreach (var item in items)
            {
                if (item.SelectionSet is { } selection)
                {
                    names.UnionWith(Fields(context, selection, depth: 0).Select(f => f.Name.StringValue));
                }
            }
        }

        return names;
    }

    /// <summary>The fields of one selection level, inline fragments and fragment spreads flattened into it.</summary>
    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet selection, int depth)
    {
        if (depth > MaxFragmentDepth)
        {
            yield break;
        }

        foreach (var node in selection.Selections)
        {
            var nested = node switch
            {
                GraphQLInlineFragment inline => inline.SelectionSet,
                GraphQLFragmentSpread spread => context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(d => d.FragmentName.Name == spread.FragmentName.Name)?.SelectionSet,
                _ => null,
            };
            if (node is GraphQLField field)
            {
                yield return field;
            }
            else if (nested is not null)
            {
                foreach (var inner in Fields(context, nested, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }
}
