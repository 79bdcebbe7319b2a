using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Plugins.ServiceTickets.Storage.Migrations;

/// <summary>The first schema of <c>crm.service-tickets</c>: tickets, comments, and the SLA per priority that admins changed (the others use the defaults).</summary>
[DbContext(typeof(TicketsDbContext))]
[Migration(Id)]
public sealed class CreateTickets : ModuleMigration
{
    public const string Id = "20261123220000_CreateTickets";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            name: Storage.Table("tickets"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                Subject = t.Column<string>(maxLength: 300, nullable: false),
                Description = t.Column<string>(maxLength: 4000, nullable: true),
                Kind = t.Column<string>(maxLength: 16, nullable: false),
                Priority = t.Column<string>(maxLength: 16, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                AssigneeId = t.Column<string>(maxLength: 100, nullable: true),
                OpenedBy = t.Column<string>(maxLength: 100, nullable: false),
                OpenedAt = t.Column<DateTime>(nullable: false),
                DueAt = t.Column<DateTime>(nullable: false),
                ResolvedAt = t.Column<DateTime>(nullable: true),
                UpdatedAt = t.Column<DateTime>(nullable: false),
                ReopenCount = t.Column<int>(nullable: false),
                Version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("tickets"), x => x.Id));
        Index(migrationBuilder, "tickets", "CustomerId", "Status");
        Index(migrationBuilder, "tickets", "Status", "DueAt");

        migrationBuilder.CreateTable(
            name: Storage.Table("ticket_comments"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TicketId = t.Column<Guid>(nullable: false),
                Text = t.Column<string>(maxLength: 4000, nullable: false),
                WrittenBy = t.Column<string>(maxLength: 100, nullable: false),
                WrittenAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Storage.PrimaryKeyName("ticket_comments"), x => x.Id);
                t.ForeignKey($"FK_{Storage.Table("ticket_comments")}_{Storage.Table("tickets")}_TicketId", x => x.TicketId, Storage.Table("tickets"), "Id", Storage.Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, "ticket_comments", "TicketId", "WrittenAt");

        migrationBuilder.CreateTable(
            name: Storage.Table("sla_policies"),
            schema: Storage.Schema,
            columns: t => new
            {
                Priority = t.Column<string>(maxLength: 16, nullable: false),
                ResolveWithinMinutes = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("sla_policies"), x => x.Priority));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(Storage.Table("sla_policies"), Storage.Schema);
        migrationBuilder.DropTable(Storage.Table("ticket_comments"), Storage.Schema);
        migrationBuilder.DropTable(Storage.Table("tickets"), Storage.Schema);
    }

    private void Index(MigrationBuilder migrationBuilder, string table, params string[] columns) =>
        migrationBuilder.CreateIndex(Storage.IndexName(table, columns), Storage.Table(table), columns, Storage.Schema);
}
