using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Plugins.Loyalty.Storage.Migrations;

/// <summary>
/// The first schema of <c>crm.loyalty</c>. The unique indexes carry the rules concurrency must not break: a purchase
/// earns once (earned_purchases key), a card number is issued once, a client's n-th use of a code happens once.
/// </summary>
[DbContext(typeof(LoyaltyDbContext))]
[Migration(Id)]
public sealed class CreateLoyalty : ModuleMigration
{
    public const string Id = "20261123223000_CreateLoyalty";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            name: Storage.Table("programme"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<int>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                PointsPerUnit = t.Column<decimal>(precision: 18, scale: 4, nullable: false),
                PointValue = t.Column<decimal>(precision: 18, scale: 4, nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("programme"), x => x.Id));

        migrationBuilder.CreateTable(
            name: Storage.Table("personal_discounts"),
            schema: Storage.Schema,
            columns: t => new
            {
                CustomerId = t.Column<Guid>(nullable: false),
                Percent = t.Column<decimal>(precision: 5, scale: 2, nullable: false),
                Reason = t.Column<string>(maxLength: 500, nullable: false),
                SetAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("personal_discounts"), x => x.CustomerId));

        migrationBuilder.CreateTable(
            name: Storage.Table("discount_cards"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                Number = t.Column<string>(maxLength: 64, nullable: false),
                Percent = t.Column<decimal>(precision: 5, scale: 2, nullable: false),
                IsActive = t.Column<bool>(nullable: false),
                IssuedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("discount_cards"), x => x.Id));
        Index(migrationBuilder, "discount_cards", unique: true, "Number");
        Index(migrationBuilder, "discount_cards", unique: false, "CustomerId");

        migrationBuilder.CreateTable(
            name: Storage.Table("points_accounts"),
            schema: Storage.Schema,
            columns: t => new
            {
                CustomerId = t.Column<Guid>(nullable: false),
                Balance = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("points_accounts"), x => x.CustomerId));

        migrationBuilder.CreateTable(
            name: Storage.Table("points_movements"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                Points = t.Column<long>(nullable: false),
                Reason = t.Column<string>(maxLength: 500, nullable: false),
                PurchaseId = t.Column<Guid>(nullable: true),
                At = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("points_movements"), x => x.Id));
        Index(migrationBuilder, "points_movements", unique: false, "CustomerId", "At");

        migrationBuilder.CreateTable(
            name: Storage.Table("earned_purchases"),
            schema: Storage.Schema,
            columns: t => new
            {
                PurchaseId = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                At = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("earned_purchases"), x => x.PurchaseId));

        migrationBuilder.CreateTable(
            name: Storage.Table("promo_codes"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Code = t.Column<string>(maxLength: 64, nullable: false),
                Kind = t.Column<string>(maxLength: 16, nullable: false),
                Value = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
                ValidFrom = t.Column<DateTime>(nullable: false),
                ValidTo = t.Column<DateTime>(nullable: true),
                TotalLimit = t.Column<int>(nullable: true),
                PerClientLimit = t.Column<int>(nullable: true),
                ForCustomerId = t.Column<Guid>(nullable: true),
                UsedCount = t.Column<int>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("promo_codes"), x => x.Id));
        Index(migrationBuilder, "promo_codes", unique: true, "Code");

        migrationBuilder.CreateTable(
            name: Storage.Table("promo_code_products"),
            schema: Storage.Schema,
            columns: t => new
            {
                PromoCodeId = t.Column<Guid>(nullable: false),
                ProductId = t.Column<Guid>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Storage.PrimaryKeyName("promo_code_products"), x => new { x.PromoCodeId, x.ProductId });
                t.ForeignKey($"FK_{Storage.Table("promo_code_products")}_{Storage.Table("promo_codes")}_PromoCodeId", x => x.PromoCodeId, Storage.Table("promo_codes"), "Id", Storage.Schema, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: Storage.Table("promo_redemptions"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PromoCodeId = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                Sequence = t.Column<int>(nullable: false),
                Discount = t.Column<decimal>(precision: 18, scale: 2, nullable: false),
                At = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("promo_redemptions"), x => x.Id));
        Index(migrationBuilder, "promo_redemptions", unique: true, "PromoCodeId", "CustomerId", "Sequence");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "promo_redemptions", "promo_code_products", "promo_codes", "earned_purchases", "points_movements", "points_accounts", "discount_cards", "personal_discounts", "programme" })
        {
            migrationBuilder.DropTable(Storage.Table(table), Storage.Schema);
        }
    }

    private void Index(MigrationBuilder migrationBuilder, string table, bool unique, params string[] columns) =>
        migrationBuilder.CreateIndex(Storage.IndexName(table, columns), Storage.Table(table), columns, Storage.Schema, unique);
}
