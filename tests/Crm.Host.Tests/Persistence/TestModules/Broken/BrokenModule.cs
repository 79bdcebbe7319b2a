using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Host.Tests.Persistence.TestModules.Broken;

/// <summary>A module whose second migration creates a table and then fails: nothing of it may remain.</summary>
public sealed class BrokenModule : ICrmModule
{
    public const string Id = "test.broken";

    public ModuleManifest Manifest { get; } = new(Id, "Broken", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder) => builder.AddModuleDbContext<BrokenDbContext>(Manifest.Id);

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}

public sealed class Widget
{
    public int Id { get; set; }
}

public sealed class BrokenDbContext(ModuleDbContextOptions<BrokenDbContext> options) : ModuleDbContext(options)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<Widget>().ToTable("widgets");
}

[DbContext(typeof(BrokenDbContext))]
[Migration(Id)]
public sealed class CreateWidgets : ModuleMigration
{
    public const string Id = "20261101000000_CreateWidgets";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            Storage.Table("widgets"),
            t => new { Id = t.Column<int>(nullable: false) },
            Storage.Schema,
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("widgets"), x => x.Id));
    }
}

[DbContext(typeof(BrokenDbContext))]
[Migration(Id)]
public sealed class FailHalfway : ModuleMigration
{
    public const string Id = "20261102000000_FailHalfway";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            Storage.Table("gadgets"),
            t => new { Id = t.Column<int>(nullable: false) },
            Storage.Schema,
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("gadgets"), x => x.Id));
        migrationBuilder.Sql("THIS IS NOT SQL");
    }
}
