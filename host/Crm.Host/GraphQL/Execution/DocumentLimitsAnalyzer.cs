using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// Counts fields, aliases and depth on the parsed document before any validation rule runs, so an abusive document
/// is refused in linear time and the quadratic OverlappingFieldsCanBeMerged rule only ever sees bounded input.
/// </summary>
internal static class DocumentLimitsAnalyzer
{
    /// <summary>The first limit the document breaks, or null.</summary>
    public static ExecutionError? Check(GraphQLDocument document, GraphQLLimitsOptions limits)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(fragment => fragment.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var fields = 0;
        var aliases = 0;
        foreach (var definition in document.Definitions.OfType<IHasSelectionSetNode>())
        {
            Count(definition.SelectionSet, ref fields, ref aliases);
        }

        if (fields > limits.MaxFields)
        {
            return Error(ErrorCodes.MaxFieldsExceeded, $"The document selects {fields} fields; at most {limits.MaxFields} are allowed.");
        }

        if (aliases > limits.MaxAliases)
        {
            return Error(ErrorCodes.MaxAliasesExceeded, $"The document uses {aliases} aliases; at most {limits.MaxAliases} are allowed.");
        }

        var walk = new DepthWalk(fragments, limits.MaxDepth + 1);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var depth = Depth(operation.SelectionSet, walk);
            if (depth > limits.MaxDepth)
            {
                return Error(ErrorCodes.MaxDepthExceeded, $"The query nests deeper than {limits.MaxDepth} levels.");
            }
        }

        return null;
    }

    private static void Count(GraphQLSelectionSet? selectionSet, ref int fields, ref int aliases)
    {
        if (selectionSet is null)
        {
            return;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    fields++;
                    if (field.Alias is not null)
                    {
                        aliases++;
                    }

                    Count(field.SelectionSet, ref fields, ref aliases);
                    break;
                case GraphQLInlineFragment inline:
                    Count(inline.SelectionSet, ref fields, ref aliases);
                    break;
            }
        }
    }

    // Depth in fields, following fragment spreads, capped at `cap` (the limit plus one): each fragment's depth is
    // computed once (a document reusing fragments cannot make this exponential) and a fragment cycle, which the
    // spec's NoFragmentCycles rule reports, counts as no depth instead of looping.
    private static int Depth(GraphQLSelectionSet? selectionSet, DepthWalk walk)
    {
        if (selectionSet is null)
        {
            return 0;
        }

        var deepest = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                // Introspection is bounded by its own schema; its nested ofType chains would trip the limit otherwise.
                GraphQLField field when field.Name.StringValue.StartsWith("__", StringComparison.Ordinal) => 1,
                GraphQLField field => field.SelectionSet is null ? 1 : Math.Min(walk.Cap, 1 + Depth(field.SelectionSet, walk)),
                GraphQLInlineFragment inline => Depth(inline.SelectionSet, walk),
                GraphQLFragmentSpread spread => FragmentDepth(spread.FragmentName.Name.StringValue, walk),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
            if (deepest >= walk.Cap)
            {
                break;
            }
        }

        return deepest;
    }

    private static int FragmentDepth(string name, DepthWalk walk)
    {
        if (walk.Known.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!walk.Fragments.TryGetValue(name, out var fragment) || !walk.Visiting.Add(name))
        {
            return 0;
        }

        var depth = Depth(fragment.SelectionSet, walk);
        walk.Visiting.Remove(name);
        walk.Known[name] = depth;
        return depth;
    }

    private sealed record DepthWalk(Dictionary<string, GraphQLFragmentDefinition> Fragments, int Cap)
    {
        public HashSet<string> Visiting { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Known { get; } = new(StringComparer.Ordinal);
    }

    // A validation error, so transports answer as for any other document that breaks a rule (422).
    private static ValidationError Error(string code, string message) => new(message) { Code = code };
}
