using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;

namespace Crm.Host.Tests.Persistence.TestModules.Notes;

/// <summary>A module as an integrator writes one: its storage is the one line in <see cref="ConfigureServices"/>.</summary>
public sealed class NotesModule : ICrmModule
{
    public const string Id = "test.notes";

    public ModuleManifest Manifest { get; } = new(Id, "Notes", new SemanticVersion(1, 1, 0), "Notes about customers (test module).");

    public void ConfigureServices(ContainerBuilder builder) => builder.AddModuleDbContext<NotesDbContext>(Manifest.Id);

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}
