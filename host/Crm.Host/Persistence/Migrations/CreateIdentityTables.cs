using Crm.Host.Identity.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Host.Persistence.Migrations;

/// <summary>Identity: users, roles with their permissions and record levels, teams, and access tokens (sessions, API keys).</summary>
[DbContext(typeof(HostDbContext))]
[Migration("20261123223000_CreateIdentityTables")]
internal sealed class CreateIdentityTables : Crm.Sdk.Persistence.ModuleMigration
{
    private const int Id = IdentityModel.IdLength;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        migrationBuilder.CreateTable(
            name: Storage.Table("users"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<string>(maxLength: Id, nullable: false),
                Login = t.Column<string>(maxLength: 100, nullable: false),
                LoginKey = t.Column<string>(maxLength: 100, nullable: false),
                DisplayName = t.Column<string>(maxLength: 200, nullable: false),
                PasswordHash = t.Column<string>(maxLength: 200, nullable: true),
                IsActive = t.Column<bool>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                Version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("users"), x => x.Id));
        migrationBuilder.CreateIndex(Storage.IndexName("users", "LoginKey"), Storage.Table("users"), "LoginKey", Storage.Schema, unique: true);

        migrationBuilder.CreateTable(
            name: Storage.Table("roles"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<string>(maxLength: Id, nullable: false),
                Name = t.Column<string>(maxLength: 100, nullable: false),
                Version = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("roles"), x => x.Id));
        migrationBuilder.CreateIndex(Storage.IndexName("roles", "Name"), Storage.Table("roles"), "Name", Storage.Schema, unique: true);

        migrationBuilder.CreateTable(
            name: Storage.Table("role_permissions"),
            schema: Storage.Schema,
            columns: t => new
            {
                RoleId = t.Column<string>(maxLength: Id, nullable: false),
                Permission = t.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("role_permissions"), x => new { x.RoleId, x.Permission }));

        migrationBuilder.CreateTable(
            name: Storage.Table("role_access_levels"),
            schema: Storage.Schema,
            columns: t => new
            {
                RoleId = t.Column<string>(maxLength: Id, nullable: false),
                ModuleId = t.Column<string>(maxLength: 100, nullable: false),
                Level = t.Column<string>(maxLength: 10, nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("role_access_levels"), x => new { x.RoleId, x.ModuleId }));

        migrationBuilder.CreateTable(
            name: Storage.Table("user_roles"),
            schema: Storage.Schema,
            columns: t => new
            {
                UserId = t.Column<string>(maxLength: Id, nullable: false),
                RoleId = t.Column<string>(maxLength: Id, nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("user_roles"), x => new { x.UserId, x.RoleId }));

        migrationBuilder.CreateTable(
            name: Storage.Table("teams"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<string>(maxLength: Id, nullable: false),
                Name = t.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("teams"), x => x.Id));
        migrationBuilder.CreateIndex(Storage.IndexName("teams", "Name"), Storage.Table("teams"), "Name", Storage.Schema, unique: true);

        migrationBuilder.CreateTable(
            name: Storage.Table("team_members"),
            schema: Storage.Schema,
            columns: t => new
            {
                TeamId = t.Column<string>(maxLength: Id, nullable: false),
                UserId = t.Column<string>(maxLength: Id, nullable: false),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("team_members"), x => new { x.TeamId, x.UserId }));
        migrationBuilder.CreateIndex(Storage.IndexName("team_members", "UserId"), Storage.Table("team_members"), "UserId", Storage.Schema);

        migrationBuilder.CreateTable(
            name: Storage.Table("access_tokens"),
            schema: Storage.Schema,
            columns: t => new
            {
                Id = t.Column<string>(maxLength: Id, nullable: false),
                UserId = t.Column<string>(maxLength: Id, nullable: false),
                Kind = t.Column<string>(maxLength: 10, nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                SecretHash = t.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                ExpiresAt = t.Column<DateTime>(nullable: true),
                RevokedAt = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey(Storage.PrimaryKeyName("access_tokens"), x => x.Id));
        migrationBuilder.CreateIndex(Storage.IndexName("access_tokens", "SecretHash"), Storage.Table("access_tokens"), "SecretHash", Storage.Schema, unique: true);
        migrationBuilder.CreateIndex(Storage.IndexName("access_tokens", "UserId", "Kind"), Storage.Table("access_tokens"), ["UserId", "Kind"], Storage.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "access_tokens", "team_members", "teams", "user_roles", "role_access_levels", "role_permissions", "roles", "users" })
        {
            migrationBuilder.DropTable(Storage.Table(table), Storage.Schema);
        }
    }
}
