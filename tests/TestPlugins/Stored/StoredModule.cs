using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;
using TestPlugins.Stored;

[assembly: CrmModule(typeof(StoredModule))]

namespace TestPlugins.Stored;

/// <summary>A plugin with its own tables: proves EF Core and the database driver it uses do not pin its load context.</summary>
public sealed class StoredModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new("test.stored", "Test plugin Stored", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<StoredDbContext>(Manifest.Id);
        builder.RegisterType<StoreWordHandler>().AsImplementedInterfaces();
    }

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}
