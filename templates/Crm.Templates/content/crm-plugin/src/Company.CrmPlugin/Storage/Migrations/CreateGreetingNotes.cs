using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Company.CrmPlugin.Storage.Migrations;

/// <summary>
/// The first migration: the notes table. The host runs it when the plugin is enabled, on SQLite, PostgreSQL or
/// SQL Server; names go through <see cref="ModuleMigration.Storage"/>. Never edit it once shipped: add another.
/// </summary>
[DbContext(typeof(GreetingDbContext))]
[Migration("20260101000000_CreateGreetingNotes")]
public sealed class CreateGreetingNotes : ModuleMigration
{
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
                Text = t.Column<string>(maxLength: 500, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("notes"), x => x.Id));
        migrationBuilder.CreateIndex(Storage.IndexName("notes", "CustomerId"), Storage.Table("notes"), "CustomerId", Storage.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(Storage.Table("notes"), Storage.Schema);
}
