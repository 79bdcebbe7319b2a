using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Crm.Host.Persistence.Migrations;

/// <summary>The host's first tables: module states and the audit trail.</summary>
[DbContext(typeof(HostDbContext))]
[Migration("20261123190000_CreateHostTables")]
internal sealed class CreateHostTables : ModuleMigration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);

        migrationBuilder.CreateTable(
            name: Storage.Table("module_states"),
            schema: Storage.Schema,
            columns: t => new
            {
                ModuleId = t.Column<string>(maxLength: 200, nullable: false),
                State = t.Column<string>(maxLength: 20, nullable: false),
                LastError = t.Column<string>(nullable: true),
                ChangedAt = t.Column<DateTime>(nullable: false),
                Version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("module_states"), x => x.ModuleId));

        var audit = ModuleDbContext.AuditTableName;
        migrationBuilder.CreateTable(
            name: Storage.Table(audit),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                OccurredAt = t.Column<DateTime>(nullable: false),
                UserId = t.Column<string>(maxLength: 200, nullable: false),
                ModuleId = t.Column<string>(maxLength: 100, nullable: false),
                Entity = t.Column<string>(maxLength: 200, nullable: false),
                EntityKey = t.Column<string>(maxLength: 400, nullable: false),
                Action = t.Column<int>(nullable: false),
                Changes = t.Column<string>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName(audit), x => x.Id));

        migrationBuilder.CreateIndex(Storage.IndexName(audit, "ModuleId", "OccurredAt"), Storage.Table(audit), ["ModuleId", "OccurredAt"], Storage.Schema);
        migrationBuilder.CreateIndex(Storage.IndexName(audit, "UserId", "OccurredAt"), Storage.Table(audit), ["UserId", "OccurredAt"], Storage.Schema);
        migrationBuilder.CreateIndex(Storage.IndexName(audit, "Entity", "EntityKey"), Storage.Table(audit), ["Entity", "EntityKey"], Storage.Schema);
        migrationBuilder.CreateIndex(Storage.IndexName(audit, "OccurredAt"), Storage.Table(audit), "OccurredAt", Storage.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Storage.Table(ModuleDbContext.AuditTableName), Storage.Schema);
        migrationBuilder.DropTable(Storage.Table("module_states"), Storage.Schema);
    }
}
