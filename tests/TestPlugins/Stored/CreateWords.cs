using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TestPlugins.Stored;

[DbContext(typeof(StoredDbContext))]
[Migration(Id)]
public sealed class CreateWords : ModuleMigration
{
    public const string Id = "20261123000000_CreateWords";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            name: Storage.Table("words"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Text = t.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("words"), x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(Storage.Table("words"), Storage.Schema);
}
