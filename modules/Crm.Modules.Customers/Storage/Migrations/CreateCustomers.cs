using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Modules.Customers.Storage.Migrations;

/// <summary>The first schema of <c>crm.customers</c>: customers, their phones, e-mails, addresses, tags, contact people and custom attributes.</summary>
[DbContext(typeof(CustomersDbContext))]
[Migration(Id)]
public sealed class CreateCustomers : ModuleMigration
{
    public const string Id = "20261123190000_CreateCustomers";

    private const string Customers = "customers";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            name: Storage.Table(Customers),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: 16, nullable: false),
                Name = t.Column<string>(maxLength: 300, nullable: false),
                NameKey = t.Column<string>(maxLength: 300, nullable: false),
                SearchText = t.Column<string>(maxLength: 4000, nullable: false),
                TaxId = t.Column<string>(maxLength: 32, nullable: true),
                Website = t.Column<string>(maxLength: 300, nullable: true),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                Source = t.Column<string>(maxLength: 100, nullable: true),
                ManagerId = t.Column<string>(maxLength: 100, nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
                CreatedBy = t.Column<string>(maxLength: 100, nullable: false),
                UpdatedAt = t.Column<DateTime>(nullable: false),
                ArchivedAt = t.Column<DateTime>(nullable: true),
                ArchivedBy = t.Column<string>(maxLength: 100, nullable: true),
                Version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName(Customers), x => x.Id));
        Index(migrationBuilder, Customers, "NameKey", "Id");
        Index(migrationBuilder, Customers, "ManagerId", "NameKey");
        Index(migrationBuilder, Customers, "Status", "NameKey");
        Index(migrationBuilder, Customers, "TaxId");

        migrationBuilder.CreateTable(
            name: Storage.Table("customer_phones"),
            schema: Storage.Schema,
            columns: t => new
            {
                CustomerId = t.Column<Guid>(nullable: false),
                Position = t.Column<int>(nullable: false),
                Display = t.Column<string>(maxLength: 40, nullable: false),
                Digits = t.Column<string>(maxLength: 15, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Storage.PrimaryKeyName("customer_phones"), x => new { x.CustomerId, x.Position });
                t.ForeignKey(ForeignKeyName("customer_phones"), x => x.CustomerId, Storage.Table(Customers), "Id", Storage.Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, "customer_phones", "Digits");

        migrationBuilder.CreateTable(
            name: Storage.Table("customer_emails"),
            schema: Storage.Schema,
            columns: t => new
            {
                CustomerId = t.Column<Guid>(nullable: false),
                Position = t.Column<int>(nullable: false),
                Address = t.Column<string>(maxLength: 254, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Storage.PrimaryKeyName("customer_emails"), x => new { x.CustomerId, x.Position });
                t.ForeignKey(ForeignKeyName("customer_emails"), x => x.CustomerId, Storage.Table(Customers), "Id", Storage.Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, "customer_emails", "Address");

        migrationBuilder.CreateTable(
            name: Storage.Table("customer_addresses"),
            schema: Storage.Schema,
            columns: t => new
            {
                CustomerId = t.Column<Guid>(nullable: false),
                Position = t.Column<int>(nullable: false),
                Text = t.Column<string>(maxLength: 500, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Storage.PrimaryKeyName("customer_addresses"), x => new { x.CustomerId, x.Position });
                t.ForeignKey(ForeignKeyName("customer_addresses"), x => x.CustomerId, Storage.Table(Customers), "Id", Storage.Schema, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: Storage.Table("customer_tags"),
            schema: Storage.Schema,
            columns: t => new
            {
                CustomerId = t.Column<Guid>(nullable: false),
                Tag = t.Column<string>(maxLength: 50, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Storage.PrimaryKeyName("customer_tags"), x => new { x.CustomerId, x.Tag });
                t.ForeignKey(ForeignKeyName("customer_tags"), x => x.CustomerId, Storage.Table(Customers), "Id", Storage.Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, "customer_tags", "Tag", "CustomerId");

        migrationBuilder.CreateTable(
            name: Storage.Table("contact_people"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                Position = t.Column<string>(maxLength: 100, nullable: true),
                Phone = t.Column<string>(maxLength: 40, nullable: true),
                PhoneDigits = t.Column<string>(maxLength: 15, nullable: true),
                Email = t.Column<string>(maxLength: 254, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey(Storage.PrimaryKeyName("contact_people"), x => x.Id);
                t.ForeignKey(ForeignKeyName("contact_people"), x => x.CustomerId, Storage.Table(Customers), "Id", Storage.Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, "contact_people", "CustomerId");

        migrationBuilder.CreateTable(
            name: Storage.Table("attribute_definitions"),
            schema: Storage.Schema,
            columns: t => new
            {
                Key = t.Column<string>(maxLength: 50, nullable: false),
                Label = t.Column<string>(maxLength: 100, nullable: false),
                Type = t.Column<string>(maxLength: 16, nullable: false),
                Choices = t.Column<string>(maxLength: 4000, nullable: true),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("attribute_definitions"), x => x.Key));

        migrationBuilder.CreateTable(
            name: Storage.Table("attribute_values"),
            schema: Storage.Schema,
            columns: t => new
            {
                CustomerId = t.Column<Guid>(nullable: false),
                Key = t.Column<string>(maxLength: 50, nullable: false),
                TextValue = t.Column<string>(maxLength: 1000, nullable: true),
                NumberValue = t.Column<double>(nullable: true),
                DateValue = t.Column<DateOnly>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey(Storage.PrimaryKeyName("attribute_values"), x => new { x.CustomerId, x.Key });
                t.ForeignKey(ForeignKeyName("attribute_values"), x => x.CustomerId, Storage.Table(Customers), "Id", Storage.Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, "attribute_values", "Key", "TextValue");
        Index(migrationBuilder, "attribute_values", "Key", "NumberValue");
        Index(migrationBuilder, "attribute_values", "Key", "DateValue");

        if (ActiveProvider == PostgresTrigrams.Provider)
        {
            // Fragment search ("495 12" anywhere in a number, "ромаш" anywhere in a name) needs trigram indexes on
            // PostgreSQL; SQLite answers the same LIKE by scanning the narrow digits and search columns.
            PostgresTrigrams.CreateIndex(migrationBuilder, Storage, "customer_phones", "Digits");
            PostgresTrigrams.CreateIndex(migrationBuilder, Storage, Customers, "SearchText");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "attribute_values", "attribute_definitions", "contact_people", "customer_tags", "customer_addresses", "customer_emails", "customer_phones", Customers })
        {
            migrationBuilder.DropTable(Storage.Table(table), Storage.Schema);
        }
    }

    private void Index(MigrationBuilder migrationBuilder, string table, params string[] columns) =>
        migrationBuilder.CreateIndex(Storage.IndexName(table, columns), Storage.Table(table), columns, Storage.Schema);

    private string ForeignKeyName(string table) => $"FK_{Storage.Table(table)}_{Storage.Table(Customers)}_CustomerId";
}
