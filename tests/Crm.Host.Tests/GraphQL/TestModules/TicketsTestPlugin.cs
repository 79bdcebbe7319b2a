using Autofac;
using Crm.Host.Tests.GraphQL.Support;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.GraphQL.TestModules;

/// <summary>
/// A plugin-style module: it never references the customers module, only the type name <c>Customer</c> and the SDK's
/// <see cref="IEntity"/>. It also extends <c>Deal</c>, which no test module defines, to show the skip-with-warning.
/// </summary>
internal sealed class TicketsTestPlugin(TestDatabase database) : ICrmModule
{
    public const string Id = "test.tickets";

    public ModuleManifest Manifest { get; } = new(Id, "Test tickets", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.RegisterInstance(new ModuleIdentity(Id));
        builder.Register(_ => new TicketsDb(database.OptionsFor<TicketsDb>(Id))).InstancePerLifetimeScope();
    }

    public void ConfigureSchema(ISchemaBuilder schema)
    {
        schema.AddType<TicketType>();
        var customer = schema.Extend<IEntity>("Customer");
        customer.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketType>>>>("openTickets")
            .Description("Tickets of the customer still open.")
            .Resolve(ctx => ctx.GetGroupLoader<Guid, Ticket>("test.tickets.open", async (ids, ct) =>
                (await Db(ctx).Tickets.AsNoTracking().Where(t => t.IsOpen && ids.Contains(t.CustomerId)).ToListAsync(ct))
                    .ToLookup(t => t.CustomerId)).Load(ctx.Source.Id));
        customer.Field<NonNullGraphType<StringGraphType>>("ticketsModule")
            .Description("Which module's services this field ran with.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ModuleIdentity>().ModuleId);
        schema.Extend<IEntity>("Deal").Field<IntGraphType>("ticketCount").Resolve(_ => 0);
    }

    private static TicketsDb Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<TicketsDb>();
}

internal sealed class Ticket : IEntity
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public string Title { get; set; } = "";

    public bool IsOpen { get; set; }
}

internal sealed class TicketsDb(DbContextOptions<TicketsDb> options) : DbContext(options)
{
    public DbSet<Ticket> Tickets => Set<Ticket>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Ticket>().ToTable("test_tickets");
}

internal sealed class TicketType : ObjectGraphType<Ticket>
{
    public TicketType()
    {
        Name = "Ticket";
        Description = "A service request.";
        Field(t => t.Title);
        Field(t => t.IsOpen);
    }
}
