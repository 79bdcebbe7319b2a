using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using TestPlugins.ThrowingServices;

[assembly: CrmModule(typeof(ThrowingServicesModule))]

namespace TestPlugins.ThrowingServices;

public sealed class ThrowingServicesModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new("test.throwing-services", "Test plugin ThrowingServices", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder) =>
        throw new InvalidOperationException("the licence key setting is missing");

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}
