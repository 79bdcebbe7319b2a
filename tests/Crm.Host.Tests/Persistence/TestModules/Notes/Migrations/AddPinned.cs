using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Host.Tests.Persistence.TestModules.Notes.Migrations;

/// <summary>The second version of the module: existing notes become unpinned.</summary>
[DbContext(typeof(NotesDbContext))]
[Migration(Id)]
public sealed class AddPinned : ModuleMigration
{
    public const string Id = "20261115000000_AddPinned";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<bool>("Pinned", Storage.Table("notes"), nullable: false, defaultValue: false, schema: Storage.Schema);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("Pinned", Storage.Table("notes"), Storage.Schema);
}
