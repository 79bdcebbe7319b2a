using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Modules.Tasks.Storage.Migrations;

/// <summary>The first schema of <c>crm.tasks</c>: activities, follow-up suggestions, absences, takeovers and job leases.</summary>
[DbContext(typeof(TasksDbContext))]
[Migration(Id)]
public sealed class CreateTasks : ModuleMigration
{
    public const string Id = "20261123230000_CreateTasks";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            name: Storage.Table("activities"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: 16, nullable: false),
                Title = t.Column<string>(maxLength: 300, nullable: false),
                DueAt = t.Column<DateTime>(nullable: false),
                AssigneeId = t.Column<string>(maxLength: 100, nullable: false),
                Notes = t.Column<string>(maxLength: 4000, nullable: true),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                Outcome = t.Column<string>(maxLength: 1000, nullable: true),
                CompletedAt = t.Column<DateTime>(nullable: true),
                CreatedBy = t.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                UpdatedAt = t.Column<DateTime>(nullable: false),
                RemindedAt = t.Column<DateTime>(nullable: true),
                ReminderBatch = t.Column<Guid>(nullable: true),
                Version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("activities"), x => x.Id));
        Index(migrationBuilder, "activities", "AssigneeId", "Status", "DueAt");
        Index(migrationBuilder, "activities", "Status", "RemindedAt", "DueAt");
        Index(migrationBuilder, "activities", "CustomerId", "Status");
        Index(migrationBuilder, "activities", "ReminderBatch");

        migrationBuilder.CreateTable(
            name: Storage.Table("follow_ups"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CustomerId = t.Column<Guid>(nullable: false),
                UserId = t.Column<string>(maxLength: 100, nullable: false),
                InteractionId = t.Column<long>(nullable: false),
                Subject = t.Column<string>(maxLength: 300, nullable: false),
                InteractionAt = t.Column<DateTime>(nullable: false),
                SuggestedAt = t.Column<DateTime>(nullable: false),
                ClosedAt = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("follow_ups"), x => x.Id));
        migrationBuilder.CreateIndex(Storage.IndexName("follow_ups", "InteractionId"), Storage.Table("follow_ups"), "InteractionId", Storage.Schema, unique: true);
        Index(migrationBuilder, "follow_ups", "UserId", "ClosedAt", "InteractionAt");
        Index(migrationBuilder, "follow_ups", "CustomerId", "UserId");

        migrationBuilder.CreateTable(
            name: Storage.Table("absences"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                UserId = t.Column<string>(maxLength: 100, nullable: false),
                From = t.Column<DateTime>(nullable: false),
                To = t.Column<DateTime>(nullable: false),
                SubstituteId = t.Column<string>(maxLength: 100, nullable: false),
                Reason = t.Column<string>(maxLength: 300, nullable: true),
                CreatedBy = t.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                Version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("absences"), x => x.Id));
        Index(migrationBuilder, "absences", "UserId", "From");
        Index(migrationBuilder, "absences", "SubstituteId", "From");

        migrationBuilder.CreateTable(
            name: Storage.Table("takeovers"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AbsenceId = t.Column<Guid>(nullable: true),
                CustomerId = t.Column<Guid>(nullable: false),
                RecordType = t.Column<string>(maxLength: 100, nullable: false),
                RecordId = t.Column<string>(maxLength: 100, nullable: false),
                Kind = t.Column<string>(maxLength: 32, nullable: false),
                Description = t.Column<string>(maxLength: 300, nullable: false),
                FromUserId = t.Column<string>(maxLength: 100, nullable: false),
                ToUserId = t.Column<string>(maxLength: 100, nullable: false),
                TakenAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("takeovers"), x => x.Id));
        Index(migrationBuilder, "takeovers", "CustomerId", "TakenAt");

        migrationBuilder.CreateTable(
            name: Storage.Table("leases"),
            schema: Storage.Schema,
            columns: t => new
            {
                Name = t.Column<string>(maxLength: 100, nullable: false),
                HolderId = t.Column<string>(maxLength: 200, nullable: false),
                ExpiresAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("leases"), x => x.Name));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "leases", "takeovers", "absences", "follow_ups", "activities" })
        {
            migrationBuilder.DropTable(Storage.Table(table), Storage.Schema);
        }
    }

    private void Index(MigrationBuilder migrationBuilder, string table, params string[] columns) =>
        migrationBuilder.CreateIndex(Storage.IndexName(table, columns), Storage.Table(table), columns, Storage.Schema);
}
