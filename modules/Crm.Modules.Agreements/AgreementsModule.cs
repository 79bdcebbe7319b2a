using Autofac;
using Crm.Modules.Agreements;
using Crm.Sdk.GraphQL;
using Crm.Modules.Agreements.GraphQL;
using Crm.Modules.Agreements.Storage;
using Crm.Sdk.Modules;
using Crm.Sdk.Security;
using Crm.Sdk.Persistence;

[assembly: CrmModule(typeof(AgreementsModule))]

namespace Crm.Modules.Agreements;

/// <summary>
/// <c>crm.agreements</c>: promises made to clients, oral or written, with claims on named resources that are
/// checked before anyone promises the same resource to another client. Each agreement lands in the timeline.
/// </summary>
public sealed class AgreementsModule : ICrmModule
{
    public const string Id = "crm.agreements";

    /// <summary>Read agreements.</summary>
    public const string ReadPermission = "agreements.read";

    /// <summary>Record agreements and change their status.</summary>
    public const string WritePermission = "agreements.write";

    public ModuleManifest Manifest { get; } = new(Id, "Agreements", new SemanticVersion(1, 0, 0),
        "Oral and written agreements with clients, and a check that no resource is promised twice.",
        [new ModuleDependency("crm.customers"), new ModuleDependency("crm.interactions")]);

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(ReadPermission, "See customers' agreements and the ones about to expire."),
        new(WritePermission, "Record agreements and move them along their life cycle."),
    ];

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<AgreementsDbContext>(Manifest.Id);
        AgreementsServices.Register(builder);
    }

    public void ConfigureSchema(ISchemaBuilder schema) => AgreementsSchema.Configure(schema);
}
