using Autofac;
using Crm.Modules.Interactions;
using Crm.Sdk.GraphQL;
using Crm.Modules.Interactions.GraphQL;
using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Modules;
using Crm.Sdk.Security;
using Crm.Sdk.Persistence;

[assembly: CrmModule(typeof(InteractionsModule))]

namespace Crm.Modules.Interactions;

/// <summary>
/// <c>crm.interactions</c>: one timeline per client. Calls, meetings, e-mails, purchases, complaints, notes and
/// whatever other modules record through <c>RecordInteraction</c>; when each client was last contacted, by kind;
/// and who is working with a client right now.
/// </summary>
public sealed class InteractionsModule : ICrmModule
{
    public const string Id = "crm.interactions";

    /// <summary>Read timelines, last contacts and interactions.</summary>
    public const string ReadPermission = "interactions.read";

    /// <summary>Record interactions.</summary>
    public const string WritePermission = "interactions.write";

    public ModuleManifest Manifest { get; } = new(Id, "Interactions", new SemanticVersion(1, 0, 0),
        "One timeline per client: every call, meeting, e-mail and note, and who nobody has contacted lately.",
        [new ModuleDependency("crm.customers")]);

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(ReadPermission, "See customers' timelines, last contacts and who has not been contacted."),
        new(WritePermission, "Record calls, meetings, e-mails and notes."),
    ];

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.AddModuleDbContext<InteractionsDbContext>(Manifest.Id);
        InteractionsServices.Register(builder);
    }

    public void ConfigureSchema(ISchemaBuilder schema) => InteractionsSchema.Configure(schema);
}
