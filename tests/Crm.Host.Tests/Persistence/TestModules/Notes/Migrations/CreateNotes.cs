using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Crm.Host.Tests.Persistence.TestModules.Notes.Migrations;

[DbContext(typeof(NotesDbContext))]
[Migration(Id)]
public sealed class CreateNotes : ModuleMigration
{
    public const string Id = "20261101000000_CreateNotes";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            name: Storage.Table("notes"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                Text = t.Column<string>(maxLength: 2000, nullable: false),
                OccurredAt = t.Column<DateTime>(nullable: false),
                Version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("notes"), x => x.Id));
        migrationBuilder.CreateIndex(
            name: Storage.IndexName("notes", "CustomerId", "OccurredAt", "Id"),
            table: Storage.Table("notes"),
            columns: ["CustomerId", "OccurredAt", "Id"],
            schema: Storage.Schema,
            descending: [false, true, true]);

        migrationBuilder.CreateTable(
            name: Storage.Table("labels"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Name = t.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("labels"), x => x.Id));
        migrationBuilder.CreateIndex(Storage.IndexName("labels", "Name"), Storage.Table("labels"), "Name", Storage.Schema, unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Storage.Table("labels"), Storage.Schema);
        migrationBuilder.DropTable(Storage.Table("notes"), Storage.Schema);
    }
}
