using Autofac;
using Crm.Host.Tests.GraphQL.Support;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.GraphQL.TestModules;

/// <summary>Managers and which customer each one is responsible for, kept in the managers module's own tables.</summary>
internal sealed class ManagersTestModule(TestDatabase database) : ICrmModule
{
    public const string Id = "test.managers";

    public ModuleManifest Manifest { get; } = new(Id, "Test managers", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.RegisterInstance(new ModuleIdentity(Id));
        builder.Register(_ => new ManagersDb(database.OptionsFor<ManagersDb>(Id))).InstancePerLifetimeScope();
    }

    public void ConfigureSchema(ISchemaBuilder schema)
    {
        schema.AddType<ManagerType>();
        schema.Extend<IEntity>("Customer").Field<ManagerType>("manager")
            .Description("The manager responsible for the customer.")
            .Resolve(ctx => ctx.GetBatchLoader<Guid, Manager>("test.managers.of-customer", async (ids, ct) =>
            {
                var db = Db(ctx);
                var rows = await (from assignment in db.Assignments
                                  join manager in db.Managers on assignment.ManagerId equals manager.Id
                                  where ids.Contains(assignment.CustomerId)
                                  select new { assignment.CustomerId, Manager = manager }).AsNoTracking().ToListAsync(ct);
                return rows.ToDictionary(row => row.CustomerId, row => (Manager?)row.Manager);
            }).Load(ctx.Source.Id));
    }

    private static ManagersDb Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ManagersDb>();
}

internal sealed class Manager : IEntity
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}

internal sealed class ManagerAssignment
{
    public Guid CustomerId { get; set; }

    public Guid ManagerId { get; set; }
}

internal sealed class ManagersDb(DbContextOptions<ManagersDb> options) : DbContext(options)
{
    public DbSet<Manager> Managers => Set<Manager>();

    public DbSet<ManagerAssignment> Assignments => Set<ManagerAssignment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Manager>().ToTable("test_managers");
        modelBuilder.Entity<ManagerAssignment>().ToTable("test_manager_assignments").HasKey(a => a.CustomerId);
    }
}

internal sealed class ManagerType : ObjectGraphType<Manager>
{
    public ManagerType()
    {
        Name = "Manager";
        Description = "A colleague responsible for customers.";
        Field(m => m.Name);
    }
}
