using Microsoft.EntityFrameworkCore;
using Crm.Sdk.Persistence;

namespace Crm.Host.Identity.Storage;

/// <summary>The identity tables inside the host's context. Links are plain rows keyed by both ids, no navigations.</summary>
internal static class IdentityModel
{
    public const int IdLength = 36;

    public static void Configure(ModelBuilder model)
    {
        model.Entity<UserRecord>(user =>
        {
            user.ToTable("users");
            user.HasKey(u => u.Id);
            user.Property(u => u.Id).HasMaxLength(IdLength);
            user.Property(u => u.Login).HasMaxLength(100);
            user.Property(u => u.LoginKey).HasMaxLength(100);
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.PasswordHash).HasMaxLength(200).ExcludeFromAudit();
            user.HasIndex(u => u.LoginKey).IsUnique();
        });
        model.Entity<RoleRecord>(role =>
        {
            role.ToTable("roles");
            role.HasKey(r => r.Id);
            role.Property(r => r.Id).HasMaxLength(IdLength);
            role.Property(r => r.Name).HasMaxLength(100);
            role.HasIndex(r => r.Name).IsUnique();
        });
        model.Entity<RolePermissionRecord>(grant =>
        {
            grant.ToTable("role_permissions");
            grant.HasKey(g => new { g.RoleId, g.Permission });
            grant.Property(g => g.RoleId).HasMaxLength(IdLength);
            grant.Property(g => g.Permission).HasMaxLength(100);
        });
        model.Entity<RoleAccessLevelRecord>(level =>
        {
            level.ToTable("role_access_levels");
            level.HasKey(l => new { l.RoleId, l.ModuleId });
            level.Property(l => l.RoleId).HasMaxLength(IdLength);
            level.Property(l => l.ModuleId).HasMaxLength(100);
            level.Property(l => l.Level).HasMaxLength(10).HasConversion<string>();
        });
        model.Entity<UserRoleRecord>(link =>
        {
            link.ToTable("user_roles");
            link.HasKey(l => new { l.UserId, l.RoleId });
            link.Property(l => l.UserId).HasMaxLength(IdLength);
            link.Property(l => l.RoleId).HasMaxLength(IdLength);
        });
        model.Entity<TeamRecord>(team =>
        {
            team.ToTable("teams");
            team.HasKey(t => t.Id);
            team.Property(t => t.Id).HasMaxLength(IdLength);
            team.Property(t => t.Name).HasMaxLength(100);
            team.HasIndex(t => t.Name).IsUnique();
        });
        model.Entity<TeamMemberRecord>(member =>
        {
            member.ToTable("team_members");
            member.HasKey(m => new { m.TeamId, m.UserId });
            member.Property(m => m.TeamId).HasMaxLength(IdLength);
            member.Property(m => m.UserId).HasMaxLength(IdLength);
            member.HasIndex(m => m.UserId);
        });
        model.Entity<AccessTokenRecord>(token =>
        {
            token.ToTable("access_tokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.Id).HasMaxLength(IdLength);
            token.Property(t => t.UserId).HasMaxLength(IdLength);
            token.Property(t => t.Kind).HasMaxLength(10).HasConversion<string>();
            token.Property(t => t.Name).HasMaxLength(200);
            token.Property(t => t.SecretHash).HasMaxLength(64).ExcludeFromAudit();
            token.HasIndex(t => t.SecretHash).IsUnique();
            token.HasIndex(t => new { t.UserId, t.Kind });
        });
    }
}
