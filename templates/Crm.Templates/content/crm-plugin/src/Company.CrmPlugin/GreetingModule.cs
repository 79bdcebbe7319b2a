using Autofac;
using Company.CrmPlugin;
using Company.CrmPlugin.GraphQL;
using Company.CrmPlugin.Handlers;
using Company.CrmPlugin.Storage;
using Crm.Sdk.Contracts.Customers;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;
using MediatR;

[assembly: CrmModule(typeof(GreetingModule))]

namespace Company.CrmPlugin;

/// <summary>
/// The plugin's entry point. The host reads <see cref="Manifest"/> (it must match crm-module.json), then, each time
/// an admin enables the plugin, calls <see cref="ConfigureServices"/> and <see cref="ConfigureSchema"/>.
/// </summary>
public sealed class GreetingModule : ICrmModule
{
    /// <summary>The module id; it also names the plugin's tables.</summary>
    public const string Id = "company.crm-plugin";

    /// <summary>Reading the plugin's notes on a customer; named under the module id so no other module's clashes.</summary>
    public const string ReadPermission = Id + ".read";

    public ModuleManifest Manifest { get; } = new(Id, "Company.CrmPlugin", new SemanticVersion(1, 0, 0),
        "Greets every new customer: a note in its own table and an entry in the customer's timeline.",
        [new ModuleDependency("crm.customers"), new ModuleDependency("crm.interactions")]);

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
        [new(ReadPermission, "See the notes this plugin wrote about a customer.")];

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<GreetingDbContext>(Manifest.Id);
        builder.RegisterType<GreetNewCustomer>().As<INotificationHandler<CustomerCreated>>().InstancePerLifetimeScope();
    }

    public void ConfigureSchema(ISchemaBuilder schema) => GreetingSchema.Configure(schema);
}
