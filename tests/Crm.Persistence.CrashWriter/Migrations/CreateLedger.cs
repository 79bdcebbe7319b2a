using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Crm.Persistence.CrashWriter.Migrations;

[DbContext(typeof(LedgerDbContext))]
[Migration("20261123000000_CreateLedger")]
public sealed class CreateLedger : ModuleMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            Storage.Table("entries"),
            t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Sequence = t.Column<int>(nullable: false),
                Half = t.Column<string>(nullable: false),
                Payload = t.Column<string>(nullable: false),
            },
            Storage.Schema,
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("entries"), x => x.Id));
        migrationBuilder.CreateIndex(Storage.IndexName("entries", "Sequence", "Half"), Storage.Table("entries"), ["Sequence", "Half"], Storage.Schema, unique: true);
    }
}
