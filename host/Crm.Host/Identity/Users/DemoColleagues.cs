using System.Globalization;
using Crm.Host.Identity.Permissions;
using Crm.Host.Identity.Storage;
using Crm.Host.Identity.Tokens;
using Crm.Host.Persistence;
using Crm.Sdk.Contracts.Seeding;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Identity.Users;

/// <summary>
/// Creates the demo company's colleagues (<see cref="DemoCast.UserNames"/>) as real users before <c>seed demo</c>
/// asks the modules to seed, so the managers the demo history names have names wherever users are looked up, and
/// anyone trying the demo can sign in as the head of sales and see her clients, day and promises.
/// </summary>
/// <remarks>
/// They share one role, <see cref="RoleName"/>: every permission the enabled modules declare (not the host's
/// administration permissions) and every module's records at ALL, because the point of the CRM is that colleagues see
/// the whole history. Their password is <see cref="PasswordVariable"/> or a generated one, reported once.
/// </remarks>
internal sealed class DemoColleagues(
    IDbContextFactory<HostDbContext> contexts,
    PermissionCatalog permissions,
    PasswordHashing passwords,
    IConfiguration configuration,
    TimeProvider time)
{
    public const string RoleName = "demo colleague";
    public const string PasswordVariable = "CRM_DEMO_PASSWORD";

    /// <summary>Creates the colleagues that do not exist yet; returns one line for the seed report.</summary>
    public async Task<string> EnsureAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Users.Where(u => DemoCast.Users.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        var missing = DemoCast.Users.Except(existing, StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return "demo colleagues: nothing written (they exist already)";
        }

        var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == RoleName, cancellationToken) ?? AddRole(db);
        var configured = configuration[PasswordVariable];
        var password = string.IsNullOrEmpty(configured) ? TokenSecrets.CreatePassword() : configured;
        foreach (var id in missing)
        {
            var user = new UserRecord
            {
                Id = id,
                Login = LoginOf(id),
                LoginKey = UserRecord.KeyOf(LoginOf(id)),
                DisplayName = DemoCast.UserNames[id],
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            user.PasswordHash = passwords.Hash(user, password);
            db.Users.Add(user);
            db.UserRoles.Add(new UserRoleRecord { UserId = id, RoleId = role.Id });
        }

        await db.SaveChangesAsync(cancellationToken);
        var logins = string.Join(", ", missing.Select(LoginOf));
        return string.IsNullOrEmpty(configured)
            ? string.Create(CultureInfo.InvariantCulture, $"demo colleagues: {missing.Count} users ({logins}), password: {password}")
            : string.Create(CultureInfo.InvariantCulture, $"demo colleagues: {missing.Count} users ({logins}), password from {PasswordVariable}");
    }

    /// <summary>The login of a demo user: <c>demo-user-irina-volkova</c> signs in as <c>irina.volkova</c>.</summary>
    public static string LoginOf(string demoUserId) =>
        demoUserId.Replace("demo-user-", "", StringComparison.Ordinal).Replace('-', '.');

    private RoleRecord AddRole(HostDbContext db)
    {
        var role = new RoleRecord { Id = Guid.NewGuid().ToString("N"), Name = RoleName };
        db.Roles.Add(role);
        var hostPermissions = HostPermissions.All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var permission in permissions.List().Where(p => !hostPermissions.Contains(p.Name)))
        {
            db.RolePermissions.Add(new RolePermissionRecord { RoleId = role.Id, Permission = permission.Name });
        }

        db.RoleAccessLevels.Add(new RoleAccessLevelRecord { RoleId = role.Id, ModuleId = PermissionCatalog.Everything, Level = RecordAccessLevel.All });
        return role;
    }
}
