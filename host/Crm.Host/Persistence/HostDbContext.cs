using Crm.Host.Identity.Storage;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Persistence;

/// <summary>
/// The host's own tables, stored like a module's (schema <c>crm_host</c> on PostgreSQL, prefix <c>crm_host__</c>
/// on SQLite): module states, the audit trail of every module, and identity (users, roles, teams, access tokens).
/// </summary>
internal sealed class HostDbContext(ModuleDbContextOptions<HostDbContext> options) : ModuleDbContext(options)
{
    /// <summary>The storage name of the host's tables; not a module id any module may take.</summary>
    public const string StorageModuleId = "crm.host";

    /// <summary>The module states' table, also read without EF Core at start-up (<see cref="DatabaseModuleStateStore"/>).</summary>
    public const string ModuleStatesTable = "module_states";

    public DbSet<ModuleStateRecord> ModuleStates => Set<ModuleStateRecord>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<UserRecord> Users => Set<UserRecord>();

    public DbSet<RoleRecord> Roles => Set<RoleRecord>();

    public DbSet<RolePermissionRecord> RolePermissions => Set<RolePermissionRecord>();

    public DbSet<RoleAccessLevelRecord> RoleAccessLevels => Set<RoleAccessLevelRecord>();

    public DbSet<UserRoleRecord> UserRoles => Set<UserRoleRecord>();

    public DbSet<TeamRecord> Teams => Set<TeamRecord>();

    public DbSet<TeamMemberRecord> TeamMembers => Set<TeamMemberRecord>();

    public DbSet<AccessTokenRecord> AccessTokens => Set<AccessTokenRecord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ModuleStateRecord>(state =>
        {
            state.ToTable(ModuleStatesTable);
            state.HasKey(s => s.ModuleId);
            state.Property(s => s.ModuleId).HasMaxLength(200);
            state.Property(s => s.State).HasMaxLength(20).HasConversion<string>();
        });
        IdentityModel.Configure(modelBuilder);
    }
}
