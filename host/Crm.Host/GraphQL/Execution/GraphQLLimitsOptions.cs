namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// Limits every GraphQL request must stay within (configuration section <c>GraphQL:Limits</c>). Each refusal carries
/// its own <c>extensions.code</c>; docs/graphql.md lists them with these defaults and HotChocolate's for comparison.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "GraphQL:Limits";

    /// <summary>Longest document text accepted, in characters (code <c>DOCUMENT_TOO_LARGE</c>). Default 100,000.</summary>
    public int MaxDocumentLength { get; set; } = 100_000;

    /// <summary>Deepest field nesting outside introspection (code <c>MAX_DEPTH_EXCEEDED</c>). Default 15.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Most aliases in one document (code <c>MAX_ALIASES_EXCEEDED</c>). Default 100.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>
    /// Most field selections in one document, fragments included (code <c>MAX_FIELDS_EXCEEDED</c>). Default 2,048, as
    /// HotChocolate. This also bounds the pairwise comparisons of the OverlappingFieldsCanBeMerged rule, which runs
    /// only on documents within the limit.
    /// </summary>
    public int MaxFields { get; set; } = 2_048;

    /// <summary>
    /// Highest estimated cost (code <c>COST_EXCEEDED</c>): every field costs 1, and a field's children are multiplied
    /// by its <c>first</c>/<c>last</c> argument, or by <see cref="DefaultListSize"/> for other lists. Default 10,000.
    /// </summary>
    public int MaxCost { get; set; } = 10_000;

    /// <summary>The list size the cost assumes for a list field without <c>first</c>/<c>last</c>. Default 10.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>Items in a connection page when the client gives neither <c>first</c> nor <c>last</c>. Default 10.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Most items a connection returns per page (code <c>PAGE_SIZE_EXCEEDED</c> beyond). Default 50.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Longest execution before it is cancelled (code <c>TIMEOUT</c>). Default 30 seconds.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> are answered (code <c>INTROSPECTION_DISABLED</c> otherwise): false for
    /// nobody, true for everyone. Null (the default) answers signed-in callers, and anonymous ones only when
    /// <see cref="IntrospectionOptions.AnonymousIntrospection"/> is set.
    /// </summary>
    public bool? AllowIntrospection { get; set; }

    /// <summary>How many parsed and validated documents the cache keeps. Default 1,000.</summary>
    public int DocumentCacheSize { get; set; } = 1_000;
}
