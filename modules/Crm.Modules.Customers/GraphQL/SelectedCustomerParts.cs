using Crm.Modules.Customers.UseCases;
using GraphQL;
using GraphQLParser.AST;

namespace Crm.Modules.Customers.GraphQL;

/// <summary>
/// Which of a customer's lists (phones, e-mails, ...) a request's selection shows, so a reader loads only those:
/// each list is one more statement. Reads the query's own selection (fragments followed); a selection it cannot
/// follow counts as asking for every list.
/// </summary>
internal static class SelectedCustomerParts
{
    /// <summary>The lists shown under a field that returns one customer (<c>customer(id)</c>).</summary>
    public static CustomerParts OfCustomerField(IResolveFieldContext ctx) =>
        ctx.FieldAst.SelectionSet is { } selection ? Collect(ctx, selection, depth: 0) : CustomerParts.All;

    /// <summary>The lists shown under a connection's <c>nodes</c> and <c>edges { node }</c>.</summary>
    public static CustomerParts OfConnectionField(IResolveFieldContext ctx)
    {
        if (ctx.FieldAst.SelectionSet is not { } connection)
        {
            return CustomerParts.All;
        }

        var parts = CustomerParts.None;
        foreach (var field in Fields(ctx, connection, depth: 0))
        {
            parts |= field.Name.StringValue switch
            {
                "nodes" when field.SelectionSet is { } nodes => Collect(ctx, nodes, depth: 0),
                "edges" when field.SelectionSet is { } edges => Fields(ctx, edges, depth: 0)
                    .Where(f => f.Name.StringValue == "node" && f.SelectionSet is not null)
                    .Aggregate(CustomerParts.None, (all, node) => all | Collect(ctx, node.SelectionSet!, depth: 0)),
                _ => CustomerParts.None,
            };
        }

        return parts;
    }

    private static CustomerParts Collect(IResolveFieldContext ctx, GraphQLSelectionSet selection, int depth) =>
        Fields(ctx, selection, depth).Aggregate(CustomerParts.None, (parts, field) => parts | field.Name.StringValue switch
        {
            "phones" => CustomerParts.Phones,
            "emails" => CustomerParts.Emails,
            "addresses" => CustomerParts.Addresses,
            "tags" => CustomerParts.Tags,
            "contacts" => CustomerParts.Contacts,
            "attributes" => CustomerParts.Attributes,
            _ => CustomerParts.None,
        });

    /// <summary>The fields of one selection level, inline fragments and fragment spreads flattened into it.</summary>
    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext ctx, GraphQLSelectionSet selection, int depth)
    {
        // Validation already refused fragment cycles; the bound only keeps a malformed document from recursing far.
        if (depth > 16)
        {
            yield break;
        }

        foreach (var node in selection.Selections)
        {
            switch (node)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment { SelectionSet: { } inline }:
                    foreach (var field in Fields(ctx, inline, depth + 1))
                    {
                        yield return field;
                    }

                    break;
                case GraphQLFragmentSpread spread when Fragment(ctx, spread) is { } fragment:
                    foreach (var field in Fields(ctx, fragment.SelectionSet, depth + 1))
                    {
                        yield return field;
                    }

                    break;
            }
        }
    }

    private static GraphQLFragmentDefinition? Fragment(IResolveFieldContext ctx, GraphQLFragmentSpread spread) =>
        ctx.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(d => d.FragmentName.Name == spread.FragmentName.Name);
}
