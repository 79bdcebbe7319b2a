using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Crm.Modules.Interactions.Storage.Migrations;

/// <summary>The first schema of <c>crm.interactions</c>: the timeline, the last-contact figures and the local customer list.</summary>
[DbContext(typeof(InteractionsDbContext))]
[Migration(Id)]
public sealed class CreateInteractions : ModuleMigration
{
    public const string Id = "20261123190000_CreateInteractions";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            name: Storage.Table("interactions"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                CustomerId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: 32, nullable: false),
                Direction = t.Column<string>(maxLength: 16, nullable: false),
                OccurredAt = t.Column<DateTime>(nullable: false),
                RecordedBy = t.Column<string>(maxLength: 100, nullable: false),
                RecordedAt = t.Column<DateTime>(nullable: false),
                Participants = t.Column<string>(maxLength: 1000, nullable: false),
                Subject = t.Column<string>(maxLength: 300, nullable: false),
                Summary = t.Column<string>(maxLength: 4000, nullable: true),
                Outcome = t.Column<string>(maxLength: 1000, nullable: true),
                ConcernsType = t.Column<string>(maxLength: 100, nullable: true),
                ConcernsId = t.Column<string>(maxLength: 100, nullable: true),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("interactions"), x => x.Id));
        Index(migrationBuilder, "interactions", "CustomerId", "OccurredAt", "Id");
        Index(migrationBuilder, "interactions", "CustomerId", "Kind", "OccurredAt", "Id");
        Index(migrationBuilder, "interactions", "RecordedBy", "OccurredAt");

        migrationBuilder.CreateTable(
            name: Storage.Table("last_contacts"),
            schema: Storage.Schema,
            columns: t => new
            {
                CustomerId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: 32, nullable: false),
                LastAt = t.Column<DateTime>(nullable: false),
                InteractionId = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("last_contacts"), x => new { x.CustomerId, x.Kind }));
        Index(migrationBuilder, "last_contacts", "Kind", "LastAt");

        migrationBuilder.CreateTable(
            name: Storage.Table("known_customers"),
            schema: Storage.Schema,
            columns: t => new
            {
                CustomerId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 300, nullable: false),
                NameKey = t.Column<string>(maxLength: 300, nullable: false),
                ManagerId = t.Column<string>(maxLength: 100, nullable: true),
                IsArchived = t.Column<bool>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("known_customers"), x => x.CustomerId));
        Index(migrationBuilder, "known_customers", "NameKey", "CustomerId");
        Index(migrationBuilder, "known_customers", "ManagerId", "NameKey");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(Storage.Table("known_customers"), Storage.Schema);
        migrationBuilder.DropTable(Storage.Table("last_contacts"), Storage.Schema);
        migrationBuilder.DropTable(Storage.Table("interactions"), Storage.Schema);
    }

    private void Index(MigrationBuilder migrationBuilder, string table, params string[] columns) =>
        migrationBuilder.CreateIndex(Storage.IndexName(table, columns), Storage.Table(table), columns, Storage.Schema);
}
