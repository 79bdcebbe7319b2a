using Autofac;
using Crm.Plugins.Competitors;
using Crm.Plugins.Competitors.GraphQL;
using Crm.Plugins.Competitors.Handlers;
using Crm.Plugins.Competitors.Storage;
using Crm.Plugins.Competitors.UseCases;
using Crm.Sdk.Contracts.Sales;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;
using MediatR;

[assembly: CrmModule(typeof(CompetitorsModule))]

namespace Crm.Plugins.Competitors;

/// <summary>
/// <c>crm.competitors</c>: competitors with their SWOT, observed activities and positioning files, which clients also
/// buy from whom, and deals won against or lost to each (from crm.sales' OpportunityClosed) in a report.
/// </summary>
public sealed class CompetitorsModule : ICrmModule
{
    public const string Id = "crm.competitors";

    public ModuleManifest Manifest { get; } = new(Id, "Competitors", new SemanticVersion(1, 0, 0),
        "Competitors, their SWOT, moves and positioning files; clients' other suppliers; wins and losses per competitor.",
        [new ModuleDependency("crm.customers")]);

    public IReadOnlyList<PermissionDefinition> Permissions => CompetitorPermissions.All;

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<CompetitorsDbContext>(Manifest.Id);
        builder.RegisterType<CompetitorRecords>().InstancePerLifetimeScope();
        builder.RegisterType<UploadPositioningFile>().InstancePerLifetimeScope();
        builder.RegisterType<CompetitorQueries>().InstancePerLifetimeScope();
        builder.RegisterType<RecordCompetitiveDeal>().As<INotificationHandler<OpportunityClosed>>().InstancePerLifetimeScope();
    }

    public void ConfigureSchema(ISchemaBuilder schema) => CompetitorsSchema.Configure(schema);
}
