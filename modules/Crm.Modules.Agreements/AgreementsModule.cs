using Autofac;
using Crm.Modules.Agreements;
using Crm.Sdk.GraphQL;
using Crm.Modules.Agreements.GraphQL;
using Crm.Modules.Agreements.Storage;
using Crm.Sdk.Modules;
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

    public ModuleManifest Manifest { get; } = new(Id, "Agreements", new SemanticVersion(1, 0, 0),
        "Oral and written agreements with clients, and a check that no resource is promised twice.",
        [new ModuleDependency("crm.customers"), new ModuleDependency("crm.interactions")]);

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<AgreementsDbContext>(Manifest.Id);
        AgreementsServices.Register(builder);
    }

    public void ConfigureSchema(ISchemaBuilder schema) => AgreementsSchema.Configure(schema);
}
