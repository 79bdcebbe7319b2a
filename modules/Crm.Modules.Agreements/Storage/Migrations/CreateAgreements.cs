using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Modules.Agreements.Storage.Migrations;

/// <summary>The first schema of <c>crm.agreements</c>: agreements, their resource claims, and overrides of claims.</summary>
[DbContext(typeof(AgreementsDbContext))]
[Migration(Id)]
public sealed class CreateAgreements : ModuleMigration
{
    public const string Id = "20261123190000_CreateAgreements";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            name: Storage.Table("agreements"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                Subject = t.Column<string>(maxLength: 300, nullable: false),
                Terms = t.Column<string>(maxLength: 4000, nullable: true),
                Form = t.Column<string>(maxLength: 16, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                ValidFrom = t.Column<DateOnly>(nullable: false),
                ValidTo = t.Column<DateOnly>(nullable: true),
                RecordedBy = t.Column<string>(maxLength: 100, nullable: false),
                RecordedAt = t.Column<DateTime>(nullable: false),
                UpdatedAt = t.Column<DateTime>(nullable: false),
                Version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("agreements"), x => x.Id));
        Index(migrationBuilder, "agreements", "CustomerId", "RecordedAt");
        Index(migrationBuilder, "agreements", "Status", "ValidTo");

        migrationBuilder.CreateTable(
            name: Storage.Table("resource_claims"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AgreementId = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                Resource = t.Column<string>(maxLength: 200, nullable: false),
                ResourceKey = t.Column<string>(maxLength: 200, nullable: false),
                From = t.Column<DateOnly>(nullable: false),
                To = t.Column<DateOnly>(nullable: false),
                IsActive = t.Column<bool>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Storage.PrimaryKeyName("resource_claims"), x => x.Id);
                t.ForeignKey($"FK_{Storage.Table("resource_claims")}_{Storage.Table("agreements")}_AgreementId", x => x.AgreementId, Storage.Table("agreements"), "Id", Storage.Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, "resource_claims", "AgreementId");
        Index(migrationBuilder, "resource_claims", "ResourceKey", "IsActive", "From");

        migrationBuilder.CreateTable(
            name: Storage.Table("claim_overrides"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AgreementId = t.Column<Guid>(nullable: false),
                OverriddenAgreementId = t.Column<Guid>(nullable: false),
                OverriddenCustomerId = t.Column<Guid>(nullable: false),
                Resource = t.Column<string>(maxLength: 200, nullable: false),
                Reason = t.Column<string>(maxLength: 1000, nullable: false),
                OverriddenBy = t.Column<string>(maxLength: 100, nullable: false),
                OverriddenAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("claim_overrides"), x => x.Id));
        Index(migrationBuilder, "claim_overrides", "AgreementId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(Storage.Table("claim_overrides"), Storage.Schema);
        migrationBuilder.DropTable(Storage.Table("resource_claims"), Storage.Schema);
        migrationBuilder.DropTable(Storage.Table("agreements"), Storage.Schema);
    }

    private void Index(MigrationBuilder migrationBuilder, string table, params string[] columns) =>
        migrationBuilder.CreateIndex(Storage.IndexName(table, columns), Storage.Table(table), columns, Storage.Schema);
}
