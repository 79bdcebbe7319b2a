using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Modules.Sales.Storage.Migrations;

/// <summary>The first schema of <c>crm.sales</c>: funnels with stages and rules, opportunities and their moves, catalogs, purchases, leads.</summary>
[DbContext(typeof(SalesDbContext))]
[Migration(Id)]
public sealed class CreateSales : ModuleMigration
{
    public const string Id = "20261123223000_CreateSales";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            name: Storage.Table("funnels"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                IsActive = t.Column<bool>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                Version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("funnels"), x => x.Id));
        Index(migrationBuilder, "funnels", unique: true, "Name");

        migrationBuilder.CreateTable(
            name: Storage.Table("funnel_stages"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                FunnelId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 100, nullable: false),
                Position = t.Column<int>(nullable: false),
                Outcome = t.Column<string>(maxLength: 16, nullable: false),
                Probability = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Storage.PrimaryKeyName("funnel_stages"), x => x.Id);
                t.ForeignKey(ForeignKey("funnel_stages", "funnels", "FunnelId"), x => x.FunnelId, Storage.Table("funnels"), "Id", Storage.Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, "funnel_stages", unique: true, "FunnelId", "Position");

        migrationBuilder.CreateTable(
            name: Storage.Table("funnel_rules"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                FunnelId = t.Column<Guid>(nullable: false),
                Trigger = t.Column<string>(maxLength: 32, nullable: false),
                InteractionKind = t.Column<string>(maxLength: 32, nullable: true),
                TargetStageId = t.Column<Guid>(nullable: false),
                LossReasonCode = t.Column<string>(maxLength: 32, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey(Storage.PrimaryKeyName("funnel_rules"), x => x.Id);
                t.ForeignKey(ForeignKey("funnel_rules", "funnels", "FunnelId"), x => x.FunnelId, Storage.Table("funnels"), "Id", Storage.Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, "funnel_rules", unique: false, "FunnelId");

        migrationBuilder.CreateTable(
            name: Storage.Table("opportunities"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                Title = t.Column<string>(maxLength: 300, nullable: false),
                Amount = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Currency = t.Column<string>(maxLength: 3, nullable: false),
                ExpectedCloseDate = t.Column<DateOnly>(nullable: true),
                Probability = t.Column<int>(nullable: false),
                OwnerId = t.Column<string>(maxLength: 100, nullable: false),
                FunnelId = t.Column<Guid>(nullable: false),
                StageId = t.Column<Guid>(nullable: false),
                FurthestPosition = t.Column<int>(nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                LossReasonCode = t.Column<string>(maxLength: 32, nullable: true),
                LossComment = t.Column<string>(maxLength: 2000, nullable: true),
                ClosedAt = t.Column<DateTime>(nullable: true),
                LeadId = t.Column<Guid>(nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
                UpdatedAt = t.Column<DateTime>(nullable: false),
                Version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("opportunities"), x => x.Id));
        Index(migrationBuilder, "opportunities", unique: false, "FunnelId", "CreatedAt");
        Index(migrationBuilder, "opportunities", unique: false, "OwnerId", "Status");
        Index(migrationBuilder, "opportunities", unique: false, "CustomerId", "Status");
        Index(migrationBuilder, "opportunities", unique: false, "Status", "ClosedAt");

        migrationBuilder.CreateTable(
            name: Storage.Table("opportunity_products"),
            schema: Storage.Schema,
            columns: t => new
            {
                OpportunityId = t.Column<Guid>(nullable: false),
                ProductId = t.Column<Guid>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Storage.PrimaryKeyName("opportunity_products"), x => new { x.OpportunityId, x.ProductId });
                t.ForeignKey(ForeignKey("opportunity_products", "opportunities", "OpportunityId"), x => x.OpportunityId, Storage.Table("opportunities"), "Id", Storage.Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, "opportunity_products", unique: false, "ProductId");

        migrationBuilder.CreateTable(
            name: Storage.Table("stage_moves"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                OpportunityId = t.Column<Guid>(nullable: false),
                FromStageId = t.Column<Guid>(nullable: true),
                ToStageId = t.Column<Guid>(nullable: false),
                MovedBy = t.Column<string>(maxLength: 100, nullable: false),
                MovedAt = t.Column<DateTime>(nullable: false),
                Rule = t.Column<string>(maxLength: 100, nullable: true),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("stage_moves"), x => x.Id));
        Index(migrationBuilder, "stage_moves", unique: false, "OpportunityId", "MovedAt");

        migrationBuilder.CreateTable(
            name: Storage.Table("loss_reasons"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Code = t.Column<string>(maxLength: 32, nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                IsActive = t.Column<bool>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("loss_reasons"), x => x.Id));
        Index(migrationBuilder, "loss_reasons", unique: true, "Code");

        migrationBuilder.CreateTable(
            name: Storage.Table("products"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                Sku = t.Column<string>(maxLength: 64, nullable: false),
                Price = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Currency = t.Column<string>(maxLength: 3, nullable: false),
                Category = t.Column<string>(maxLength: 100, nullable: false),
                IsActive = t.Column<bool>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("products"), x => x.Id));
        Index(migrationBuilder, "products", unique: true, "Sku");

        migrationBuilder.CreateTable(
            name: Storage.Table("purchases"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                OccurredAt = t.Column<DateTime>(nullable: false),
                Amount = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Currency = t.Column<string>(maxLength: 3, nullable: false),
                RecordedBy = t.Column<string>(maxLength: 100, nullable: false),
                RecordedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("purchases"), x => x.Id));
        Index(migrationBuilder, "purchases", unique: false, "CustomerId", "OccurredAt");

        migrationBuilder.CreateTable(
            name: Storage.Table("purchase_lines"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PurchaseId = t.Column<Guid>(nullable: false),
                ProductId = t.Column<Guid>(nullable: false),
                Sku = t.Column<string>(maxLength: 64, nullable: false),
                Category = t.Column<string>(maxLength: 100, nullable: false),
                Quantity = t.Column<decimal>(precision: 18, scale: 3, nullable: false),
                UnitPrice = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Storage.PrimaryKeyName("purchase_lines"), x => x.Id);
                t.ForeignKey(ForeignKey("purchase_lines", "purchases", "PurchaseId"), x => x.PurchaseId, Storage.Table("purchases"), "Id", Storage.Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, "purchase_lines", unique: false, "PurchaseId");

        migrationBuilder.CreateTable(
            name: Storage.Table("leads"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 300, nullable: false),
                IsPerson = t.Column<bool>(nullable: false),
                Source = t.Column<string>(maxLength: 100, nullable: true),
                Channel = t.Column<string>(maxLength: 100, nullable: true),
                ProductOfInterestId = t.Column<Guid>(nullable: true),
                Phone = t.Column<string>(maxLength: 50, nullable: true),
                Email = t.Column<string>(maxLength: 200, nullable: true),
                OwnerId = t.Column<string>(maxLength: 100, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                DisqualifyReason = t.Column<string>(maxLength: 1000, nullable: true),
                CustomerId = t.Column<Guid>(nullable: true),
                OpportunityId = t.Column<Guid>(nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
                UpdatedAt = t.Column<DateTime>(nullable: false),
                Version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("leads"), x => x.Id));
        Index(migrationBuilder, "leads", unique: false, "OwnerId", "Status");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "leads", "purchase_lines", "purchases", "products", "loss_reasons", "stage_moves", "opportunity_products", "opportunities", "funnel_rules", "funnel_stages", "funnels" })
        {
            migrationBuilder.DropTable(Storage.Table(table), Storage.Schema);
        }
    }

    private string ForeignKey(string table, string principal, string column) => $"FK_{Storage.Table(table)}_{Storage.Table(principal)}_{column}";

    private void Index(MigrationBuilder migrationBuilder, string table, bool unique, params string[] columns) =>
        migrationBuilder.CreateIndex(Storage.IndexName(table, columns), Storage.Table(table), columns, Storage.Schema, unique);
}
