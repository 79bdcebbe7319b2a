using Crm.Sdk.GraphQL;

namespace Crm.Host.GraphQL.Composition;

/// <summary>
/// A part of the schema the host itself contributes (sign-in, identity admin), present in every shape whatever modules
/// are enabled. Declared like a module's part; its resolvers run with the request's own services (the host container),
/// and a field that calls <c>RequirePermission</c> is checked like a module's.
/// </summary>
public interface IHostSchemaPart
{
    /// <summary>Adds the part's types and root fields; called on every composition.</summary>
    void ConfigureSchema(ISchemaBuilder schema);
}
