using Autofac;
using Crm.Host.Tests.GraphQL.Support;
using Crm.Sdk.GraphQL;
using Crm.Sdk.GraphQL.Connections;
using Crm.Sdk.Modules;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.GraphQL.TestModules;

/// <summary>An interactions module: its own Node type and enum, and fields added to Customer by type name only.</summary>
internal sealed class InteractionsTestModule(TestDatabase database) : ICrmModule
{
    public const string Id = "test.interactions";

    public ModuleManifest Manifest { get; } = new(Id, "Test interactions", new SemanticVersion(1, 0, 0), "", [new ModuleDependency(CustomersTestModule.Id)]);

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.RegisterInstance(new ModuleIdentity(Id));
        builder.Register(_ => new InteractionsDb(database.OptionsFor<InteractionsDb>(Id))).InstancePerLifetimeScope();
    }

    public void ConfigureSchema(ISchemaBuilder schema)
    {
        schema.AddType<InteractionType>();
        schema.AddType<InteractionKindType>();
        schema.AddNode("Interaction", async (ctx, id) => Guid.TryParse(id, out var key) ? await Db(ctx).Interactions.FindAsync([key], ctx.CancellationToken) : null);
        schema.Query.Connection<InteractionType, Interaction>("interactions")
            .Filterable().Sortable().OrderBy("happenedAt", Sdk.GraphQL.Filtering.SortDirection.Desc)
            .Resolve(ctx => Db(ctx).Interactions.AsNoTracking());

        var customer = schema.Extend<IEntity>("Customer");
        customer.Field<InteractionType>("lastInteraction")
            .Description("The latest contact with the customer.")
            .Resolve(ctx => ctx.GetBatchLoader<Guid, Interaction>("test.interactions.last", async (ids, ct) =>
            {
                var rows = await Db(ctx).Interactions.AsNoTracking().Where(i => ids.Contains(i.CustomerId)).ToListAsync(ct);
                return rows.GroupBy(i => i.CustomerId).ToDictionary(g => g.Key, g => (Interaction?)g.OrderByDescending(i => i.HappenedAt).First());
            }).Load(ctx.Source.Id));
        customer.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InteractionType>>>>("recentInteractions")
            .Description("Contacts with the customer, newest first.")
            .Argument<InteractionKindType>("kind")
            .Resolve(ctx => ctx.GetGroupLoader<Guid, Interaction>("test.interactions.recent", async (ids, ct) =>
                (await Db(ctx).Interactions.AsNoTracking().Where(i => ids.Contains(i.CustomerId)).ToListAsync(ct))
                    .OrderByDescending(i => i.HappenedAt).ToLookup(i => i.CustomerId)).Load(ctx.Source.Id));
        customer.Field<NonNullGraphType<StringGraphType>>("interactionsModule")
            .Description("Which module's services this field ran with.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ModuleIdentity>().ModuleId);
    }

    private static InteractionsDb Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<InteractionsDb>();
}

internal enum InteractionKind
{
    Call,
    Meeting,
    Email,
    Note,
}

internal sealed class Interaction : IEntity
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public InteractionKind Kind { get; set; }

    public string Subject { get; set; } = "";

    public DateTime HappenedAt { get; set; }
}

internal sealed class InteractionsDb(DbContextOptions<InteractionsDb> options) : DbContext(options)
{
    public DbSet<Interaction> Interactions => Set<Interaction>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Interaction>().ToTable("test_interactions");
}

internal sealed class InteractionKindType : EnumerationGraphType<InteractionKind>
{
    public InteractionKindType()
    {
        Name = "InteractionKind";
    }
}

internal sealed class InteractionType : ObjectGraphType<Interaction>
{
    public InteractionType()
    {
        this.IsNode("Interaction");
        Description = "One contact with a customer.";
        Field<NonNullGraphType<InteractionKindType>>("kind").Resolve(ctx => ctx.Source.Kind).ResolvesWithoutServices();
        Field(i => i.Subject);
        Field(i => i.HappenedAt);
    }
}
