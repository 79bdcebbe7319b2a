using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Security;

namespace Crm.Sdk.Modules;

/// <summary>
/// The contract every built-in module and every plugin implements. The host creates the module once,
/// reads its <see cref="Manifest"/>, and when the module is enabled calls <see cref="ConfigureServices"/>
/// to build the module's own child container scope and <see cref="ConfigureSchema"/> to add its part of the
/// GraphQL schema. Both run again each time the module is re-enabled, so they must only declare things.
/// </summary>
/// <example>
/// <code>
/// [assembly: CrmModule(typeof(TicketsModule))]
///
/// public sealed class TicketsModule : ICrmModule
/// {
///     public ModuleManifest Manifest { get; } = new("acme.tickets", "Service tickets", new(1, 0, 0),
///         "Service requests and complaints", [new ModuleDependency("crm.customers")]);
///
///     public void ConfigureServices(ContainerBuilder builder) =>
///         builder.RegisterType&lt;TicketStore&gt;().InstancePerLifetimeScope();
///
///     public void ConfigureSchema(ISchemaBuilder schema) { /* types, fields, extensions */ }
/// }
/// </code>
/// </example>
public interface ICrmModule
{
    /// <summary>The module's identity and dependencies; must match <c>crm-module.json</c> for a plugin.</summary>
    ModuleManifest Manifest { get; }

    /// <summary>
    /// Registers the module's services, MediatR handlers and persistence in the module's own lifetime scope.
    /// Only this module sees them; other modules reach it through MediatR requests and notifications.
    /// </summary>
    void ConfigureServices(ContainerBuilder builder);

    /// <summary>Adds the module's types and fields, and extensions of other modules' types, to the schema.</summary>
    void ConfigureSchema(ISchemaBuilder schema);

    /// <summary>
    /// The permissions the module's fields require, so admins can grant them to roles. Empty by default; a module
    /// that calls <c>RequirePermission</c> lists every name it uses here.
    /// </summary>
    IReadOnlyList<PermissionDefinition> Permissions => [];
}
