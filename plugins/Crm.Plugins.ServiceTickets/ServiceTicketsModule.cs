using Autofac;
using Crm.Plugins.ServiceTickets;
using Crm.Plugins.ServiceTickets.GraphQL;
using Crm.Plugins.ServiceTickets.Storage;
using Crm.Plugins.ServiceTickets.UseCases;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;

[assembly: CrmModule(typeof(ServiceTicketsModule))]

namespace Crm.Plugins.ServiceTickets;

/// <summary>
/// <c>crm.service-tickets</c>: service requests and complaints with an SLA per priority and a breach list; every
/// ticket and status change is in the client's timeline.
/// </summary>
public sealed class ServiceTicketsModule : ICrmModule
{
    public const string Id = "crm.service-tickets";

    public ModuleManifest Manifest { get; } = new(Id, "Service tickets", new SemanticVersion(1, 0, 0),
        "Service requests and complaints with an SLA per priority; each one in the client's timeline.",
        [new ModuleDependency("crm.customers"), new ModuleDependency("crm.interactions")]);

    public IReadOnlyList<PermissionDefinition> Permissions => TicketPermissions.All;

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<TicketsDbContext>(Manifest.Id);
        builder.RegisterType<OpenTicket>().InstancePerLifetimeScope();
        builder.RegisterType<ChangeTicketStatus>().InstancePerLifetimeScope();
        builder.RegisterType<ReopenTicket>().InstancePerLifetimeScope();
        builder.RegisterType<AssignTicket>().InstancePerLifetimeScope();
        builder.RegisterType<CommentOnTicket>().InstancePerLifetimeScope();
        builder.RegisterType<SetTicketSla>().InstancePerLifetimeScope();
        builder.RegisterType<TicketQueries>().InstancePerLifetimeScope();
    }

    public void ConfigureSchema(ISchemaBuilder schema) => TicketsSchema.Configure(schema);
}
