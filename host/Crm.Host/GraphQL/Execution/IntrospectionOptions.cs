namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// Who may introspect the schema (configuration section <c>Crm:GraphQL</c>). Signed-in callers may, unless
/// <see cref="GraphQLLimitsOptions.AllowIntrospection"/> is false; anonymous ones only when
/// <see cref="AnonymousIntrospection"/> is true (or <c>AllowIntrospection</c> is true, which opens it to everyone).
/// </summary>
public sealed class IntrospectionOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Crm:GraphQL";

    /// <summary>Lets callers who are not signed in read <c>__schema</c> and <c>__type</c>. Default false.</summary>
    public bool AnonymousIntrospection { get; set; }
}
