using Crm.Sdk.GraphQL;

namespace Crm.Host.GraphQL.Composition;

/// <summary>
/// A part of the schema the host itself adds to every composed schema, whatever modules are enabled (the admin
/// API). It is composed first, its names are owned by the host (a module claiming one is faulted), and its root
/// fields run with the request's own services instead of a module scope. A field's <c>RequirePermission</c> is
/// enforced as for module fields. Register implementations as singletons.
/// </summary>
internal interface IHostSchemaContribution
{
    /// <summary>Adds the host's types and root fields; called once per composition attempt, so only declare.</summary>
    void ConfigureSchema(ISchemaBuilder schema);
}
