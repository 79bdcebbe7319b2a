using Autofac;
using Crm.Modules.Tasks;
using Crm.Modules.Tasks.GraphQL;
using Crm.Modules.Tasks.Storage;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;

[assembly: CrmModule(typeof(TasksModule))]

namespace Crm.Modules.Tasks;

/// <summary>
/// <c>crm.tasks</c>: planned calls, meetings and to-dos with clients; each colleague's day and a reminder when an
/// activity falls due; follow-up suggestions after a contact; absences with a substitute who takes the work over;
/// and the workload per manager.
/// </summary>
public sealed class TasksModule : ICrmModule
{
    public const string Id = "crm.tasks";

    public ModuleManifest Manifest { get; } = new(Id, "Tasks", new SemanticVersion(1, 0, 0),
        "Planned activities, reminders, follow-ups, absences with substitutes, and workload per manager.",
        [new ModuleDependency("crm.customers"), new ModuleDependency("crm.interactions")]);

    public IReadOnlyList<PermissionDefinition> Permissions => TasksPermissions.All;

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<TasksDbContext>(Manifest.Id);
        TasksServices.Register(builder);
    }

    public void ConfigureSchema(ISchemaBuilder schema) => TasksSchema.Configure(schema);
}
