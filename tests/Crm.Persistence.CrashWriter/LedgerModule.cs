using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;

namespace Crm.Persistence.CrashWriter;

/// <summary>The module whose ledger the crash test writes.</summary>
public sealed class LedgerModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new(LedgerDbContext.LedgerModuleId, "Ledger", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder) => builder.AddModuleDbContext<LedgerDbContext>(Manifest.Id);

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}
