using Autofac;
using Crm.Modules.Customers;
using Crm.Sdk.GraphQL;
using Crm.Modules.Customers.GraphQL;
using Crm.Modules.Customers.Storage;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;

[assembly: CrmModule(typeof(CustomersModule))]

namespace Crm.Modules.Customers;

/// <summary>
/// <c>crm.customers</c>: the companies and people the firm works with, who is responsible for each, and the
/// attributes admins define. Other modules file their records under customer ids and hear of changes through
/// the notifications in <c>Crm.Sdk.Contracts.Customers</c>.
/// </summary>
public sealed class CustomersModule : ICrmModule
{
    public const string Id = "crm.customers";

    /// <summary>Read customers (and see the fields other modules add to them).</summary>
    public const string ReadPermission = "customers.read";

    /// <summary>Create, change and archive customers.</summary>
    public const string WritePermission = "customers.write";

    public ModuleManifest Manifest { get; } = new(Id, "Customers", new SemanticVersion(1, 0, 0),
        "Companies and people you work with: contacts, responsible manager, custom attributes, search.");

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(ReadPermission, "See customers: the list, search, each customer's details."),
        new(WritePermission, "Create customers, change them and archive them."),
    ];

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<CustomersDbContext>(Manifest.Id);
        CustomersServices.Register(builder);
    }

    public void ConfigureSchema(ISchemaBuilder schema) => CustomersSchema.Configure(schema);
}
