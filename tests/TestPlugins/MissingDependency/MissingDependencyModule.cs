using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using TestPlugins.MissingDependency;
using TestPlugins.PrivateLib;

[assembly: CrmModule(typeof(MissingDependencyModule))]

namespace TestPlugins.MissingDependency;

/// <summary>Needs TestPlugins.PrivateLib.dll the moment it is created; the tests remove that file.</summary>
public sealed class MissingDependencyModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new("test.missing-dependency", "Test plugin MissingDependency", new SemanticVersion(1, 0, 0), PrivateGreeting.Describe());

    public void ConfigureServices(ContainerBuilder builder)
    {
    }

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}
