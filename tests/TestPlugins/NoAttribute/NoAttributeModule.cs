using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;

namespace TestPlugins.NoAttribute;

/// <summary>A module class without [assembly: CrmModule]: the host cannot know it is the module.</summary>
public sealed class NoAttributeModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new("test.no-attribute", "Test plugin NoAttribute", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder)
    {
    }

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}
