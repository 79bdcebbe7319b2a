using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Plugins.Competitors.Storage.Migrations;

/// <summary>The first schema of <c>crm.competitors</c>.</summary>
[DbContext(typeof(CompetitorsDbContext))]
[Migration(Id)]
public sealed class CreateCompetitors : ModuleMigration
{
    public const string Id = "20261123231000_CreateCompetitors";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            name: Storage.Table("competitors"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                NameKey = t.Column<string>(maxLength: 200, nullable: false),
                Website = t.Column<string>(maxLength: 500, nullable: true),
                Notes = t.Column<string>(maxLength: 4000, nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("competitors"), x => x.Id));
        Index(migrationBuilder, "competitors", unique: true, "NameKey");

        migrationBuilder.CreateTable(
            name: Storage.Table("swot_items"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CompetitorId = t.Column<Guid>(nullable: false),
                Quadrant = t.Column<string>(maxLength: 16, nullable: false),
                Text = t.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("swot_items"), x => x.Id));
        Index(migrationBuilder, "swot_items", unique: false, "CompetitorId");

        migrationBuilder.CreateTable(
            name: Storage.Table("activities"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CompetitorId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: 16, nullable: false),
                Description = t.Column<string>(maxLength: 2000, nullable: false),
                ObservedOn = t.Column<DateOnly>(nullable: false),
                Source = t.Column<string>(maxLength: 500, nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("activities"), x => x.Id));
        Index(migrationBuilder, "activities", unique: false, "CompetitorId", "ObservedOn");

        migrationBuilder.CreateTable(
            name: Storage.Table("customer_competitors"),
            schema: Storage.Schema,
            columns: t => new
            {
                CustomerId = t.Column<Guid>(nullable: false),
                CompetitorId = t.Column<Guid>(nullable: false),
                Note = t.Column<string>(maxLength: 1000, nullable: true),
                Since = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("customer_competitors"), x => new { x.CustomerId, x.CompetitorId }));

        migrationBuilder.CreateTable(
            name: Storage.Table("positioning_files"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CompetitorId = t.Column<Guid>(nullable: false),
                FileName = t.Column<string>(maxLength: 255, nullable: false),
                ContentType = t.Column<string>(maxLength: 100, nullable: false),
                Size = t.Column<long>(nullable: false),
                Content = t.Column<byte[]>(nullable: false),
                UploadedBy = t.Column<string>(maxLength: 100, nullable: false),
                UploadedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("positioning_files"), x => x.Id));
        Index(migrationBuilder, "positioning_files", unique: false, "CompetitorId");

        migrationBuilder.CreateTable(
            name: Storage.Table("deals"),
            schema: Storage.Schema,
            columns: t => new
            {
                OpportunityId = t.Column<Guid>(nullable: false),
                CompetitorId = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                Won = t.Column<bool>(nullable: false),
                ClosedAt = t.Column<DateTime>(nullable: false),
                Amount = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Currency = t.Column<string>(maxLength: 3, nullable: false),
                ProductIds = t.Column<string>(maxLength: 4000, nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("deals"), x => new { x.OpportunityId, x.CompetitorId }));
        Index(migrationBuilder, "deals", unique: false, "CompetitorId", "ClosedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "deals", "positioning_files", "customer_competitors", "activities", "swot_items", "competitors" })
        {
            migrationBuilder.DropTable(Storage.Table(table), Storage.Schema);
        }
    }

    private void Index(MigrationBuilder migrationBuilder, string table, bool unique, params string[] columns) =>
        migrationBuilder.CreateIndex(Storage.IndexName(table, columns), Storage.Table(table), columns, Storage.Schema, unique);
}
