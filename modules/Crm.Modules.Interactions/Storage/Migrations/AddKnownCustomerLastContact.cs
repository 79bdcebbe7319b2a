using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Modules.Interactions.Storage.Migrations;

/// <summary>
/// <see cref="Domain.KnownCustomer.LastContactAt"/> with its index, filled from the last-contact figures already there.
/// </summary>
[DbContext(typeof(InteractionsDbContext))]
[Migration(Id)]
public sealed class AddKnownCustomerLastContact : ModuleMigration
{
    public const string Id = "20261203100000_AddKnownCustomerLastContact";

    private const string Table = "known_customers";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<DateTime>("LastContactAt", Storage.Table(Table), nullable: true, schema: Storage.Schema);
        migrationBuilder.CreateIndex(Storage.IndexName(Table, "LastContactAt"), Storage.Table(Table), "LastContactAt", Storage.Schema);
        migrationBuilder.Sql(KnownCustomerLastContact.DeriveSql(Storage));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(Storage.IndexName(Table, "LastContactAt"), Storage.Table(Table), Storage.Schema);
        migrationBuilder.DropColumn("LastContactAt", Storage.Table(Table), Storage.Schema);
    }
}
