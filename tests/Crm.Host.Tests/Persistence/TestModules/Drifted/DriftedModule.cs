using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Host.Tests.Persistence.TestModules.Drifted;

/// <summary>A module whose migration disagrees with its model, to prove the schema comparison notices.</summary>
public sealed class DriftedModule : ICrmModule
{
    public const string Id = "test.drifted";

    public ModuleManifest Manifest { get; } = new(Id, "Drifted", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder) => builder.AddModuleDbContext<DriftedDbContext>(Manifest.Id);

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}

public sealed class Gizmo
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int Weight { get; set; }
}

public sealed class DriftedDbContext(ModuleDbContextOptions<DriftedDbContext> options) : ModuleDbContext(options)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Gizmo>(gizmo =>
        {
            gizmo.ToTable("gizmos");
            gizmo.HasIndex(g => g.Name).IsUnique();
        });
}

[DbContext(typeof(DriftedDbContext))]
[Migration("20261101000000_CreateGizmos")]
public sealed class CreateGizmos : ModuleMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        // Drift: Name nullable, Weight forgotten, a stray column, and no unique index on Name.
        migrationBuilder.CreateTable(
            Storage.Table("gizmos"),
            t => new
            {
                Id = t.Column<int>(nullable: false),
                Name = t.Column<string>(nullable: true),
                Colour = t.Column<string>(nullable: true),
            },
            Storage.Schema,
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("gizmos"), x => x.Id));
    }
}
