using GraphQL.Types;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// What a module sees of the schema while it contributes to it, in <c>ICrmModule.ConfigureSchema</c>. The host
/// collects every enabled module's contribution and composes one schema from them; a module never sees the
/// others' types, it only names them.
/// </summary>
/// <remarks>
/// Graph types are plain GraphQL.NET types (<see cref="ObjectGraphType{TSourceType}"/> and friends) with a
/// parameterless constructor. Resolvers take their services from <c>context.RequestServices</c>, which the host
/// points at a per-request scope of the contributing module's own container, so a module's field always runs with
/// that module's services. Everything declared here is created anew each time the module is enabled.
/// </remarks>
/// <example>
/// <code>
/// public void ConfigureSchema(ISchemaBuilder schema)
/// {
///     schema.AddType&lt;CustomerType&gt;();
///     schema.Query.Field&lt;CustomerType&gt;("customer")
///         .Argument&lt;NonNullGraphType&lt;IdGraphType&gt;&gt;("id")
///         .ResolveAsync(ctx => ctx.RequestServices!.GetRequiredService&lt;CustomerStore&gt;().FindAsync(ctx.GetArgument&lt;Guid&gt;("id")));
///     schema.Extend&lt;IEntity&gt;("Customer").Field&lt;ListGraphType&lt;TicketType&gt;&gt;("tickets")
///         .ResolveAsync(ctx => ctx.RequestServices!.GetRequiredService&lt;TicketStore&gt;().ForCustomerAsync(ctx.Source.Id));
/// }
/// </code>
/// </example>
public interface ISchemaBuilder
{
    /// <summary>The id of the module that is contributing, for error messages that name it.</summary>
    string ModuleId { get; }

    /// <summary>
    /// This module's fields of the root <c>Query</c> type. Add fields with GraphQL.NET's field builder; a field name
    /// another module already added is a composition error that names both modules.
    /// </summary>
    ObjectGraphType Query { get; }

    /// <summary>This module's fields of the root <c>Mutation</c> type; see <see cref="PayloadFieldExtensions"/> for the input + payload convention.</summary>
    ObjectGraphType Mutation { get; }

    /// <summary>This module's fields of the root <c>Subscription</c> type (resolve them with a stream resolver).</summary>
    ObjectGraphType Subscription { get; }

    /// <summary>
    /// Declares a named type this module owns (object, interface, union, enum, input or scalar). Types reached only
    /// through a field's CLR type are found anyway; declare the ones you want listed in the schema regardless.
    /// </summary>
    /// <typeparam name="TGraphType">A GraphQL.NET graph type with a parameterless constructor.</typeparam>
    /// <example><code>schema.AddType&lt;InteractionKindType&gt;();</code></example>
    void AddType<TGraphType>()
        where TGraphType : IGraphType, new();

    /// <summary>Declares a named type this module owns, given as an instance (for types built in code).</summary>
    /// <param name="graphType">A fresh instance; never share one between two calls of <c>ConfigureSchema</c>.</param>
    void AddType(IGraphType graphType);

    /// <summary>
    /// Adds fields to a type another module (or this one) owns, by the type's GraphQL name, without referencing
    /// that module. When no enabled module defines the type, the extension is skipped with a warning and the rest
    /// of this module keeps working. The owner's objects are handed to the resolvers as
    /// <typeparamref name="TSource"/>, usually <see cref="IEntity"/>, the SDK interface extensible entities
    /// implement; composition checks the owner's CLR type fits.
    /// </summary>
    /// <typeparam name="TSource">What the resolvers need of the owner's object; <see cref="IEntity"/> or <see cref="object"/>.</typeparam>
    /// <param name="typeName">The GraphQL name of the extended type, e.g. <c>Customer</c>.</param>
    /// <returns>A builder whose fields are appended to the extended type.</returns>
    /// <example>
    /// <code>
    /// schema.Extend&lt;IEntity&gt;("Customer").Field&lt;IntGraphType&gt;("openTicketCount")
    ///     .ResolveAsync(ctx => ctx.RequestServices!.GetRequiredService&lt;TicketStore&gt;().CountOpenAsync(ctx.Source.Id));
    /// </code>
    /// </example>
    ObjectGraphType<TSource> Extend<TSource>(string typeName);

    /// <summary>
    /// Makes objects of the GraphQL type <paramref name="typeName"/> fetchable through the root <c>node(id)</c> and
    /// <c>nodes(ids)</c> fields. The type must implement <c>Node</c> (see <see cref="NodeGraphTypeExtensions.IsNode{T}(ObjectGraphType{T}, string)"/>).
    /// </summary>
    /// <param name="typeName">The GraphQL name encoded in the global ids, e.g. <c>Customer</c>.</param>
    /// <param name="resolve">Finds one object by its local id (the part after the type name), or null when it is missing or hidden.</param>
    /// <example>
    /// <code>
    /// schema.AddNode("Customer", (ctx, id) => ctx.RequestServices!.GetRequiredService&lt;CustomerStore&gt;().FindAsync(id));
    /// </code>
    /// </example>
    void AddNode(string typeName, NodeResolver resolve);

    /// <summary>
    /// Adds a value to an enum another module (or this one) owns, by the enum's GraphQL name, e.g. a plugin's own
    /// timeline kind <c>TICKET</c> in <c>InteractionKind</c>. The value lives only while this module is enabled; the
    /// owner decides how it shows values whose module is gone (the timeline shows them as <c>OTHER</c>). When no
    /// enabled module defines the enum, the value is skipped with a warning; a value the enum already has is a
    /// composition error naming both modules.
    /// </summary>
    /// <param name="enumName">The GraphQL name of the enum, e.g. <c>InteractionKind</c>.</param>
    /// <param name="value">The new value, upper-case with '_' (a GraphQL enum value name); its internal value is the same string.</param>
    /// <param name="description">What the value means, for the schema's readers.</param>
    /// <example>
    /// <code>
    /// schema.ExtendEnum("InteractionKind", "TICKET", "A service ticket opened or changed (acme.tickets).");
    /// </code>
    /// </example>
    void ExtendEnum(string enumName, string value, string description);
}
