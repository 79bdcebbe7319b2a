using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Benchmarks.Persistence;

[DbContext(typeof(InteractionsDbContext))]
[Migration("20261123000000_CreateInteractions")]
public sealed class CreateInteractions : ModuleMigration
{
    public const string TimelineIndexColumns = "CustomerId_OccurredAt_Id";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            Storage.Table("interactions"),
            t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                OccurredAt = t.Column<DateTime>(nullable: false),
                Channel = t.Column<string>(maxLength: 20, nullable: false),
                Summary = t.Column<string>(maxLength: 500, nullable: false),
                Version = t.Column<long>(nullable: false),
            },
            Storage.Schema,
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("interactions"), x => x.Id));
        migrationBuilder.CreateIndex(
            Storage.IndexName("interactions", "CustomerId", "OccurredAt", "Id"),
            Storage.Table("interactions"),
            ["CustomerId", "OccurredAt", "Id"],
            Storage.Schema,
            descending: [false, true, true]);
    }
}
