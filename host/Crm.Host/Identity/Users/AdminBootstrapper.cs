using Crm.Host.Hosting;
using Crm.Host.Identity.Permissions;
using Crm.Host.Identity.Storage;
using Crm.Host.Identity.Tokens;
using Crm.Host.Persistence;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Host.Identity.Users;

/// <summary>
/// On a database without any user, creates the <c>admin</c> user holding the <c>administrator</c> role (every
/// permission, every module at ALL). The password comes from <see cref="IdentityOptions.AdminPassword"/> or
/// <c>CRM_ADMIN_PASSWORD</c>; otherwise one is generated and printed once (a log warning and standard error). Does
/// nothing once a user exists, so it is safe on every start and on several instances.
/// </summary>
internal sealed class AdminBootstrapper(
    DatabaseInitializer database,
    IDbContextFactory<HostDbContext> contexts,
    PasswordHashing passwords,
    TimeProvider time,
    IOptions<IdentityOptions> options,
    IConfiguration configuration,
    StartupTimeline timeline,
    ILogger<AdminBootstrapper> logger) : IHostedLifecycleService
{
    public const string AdminLogin = "admin";
    public const string AdministratorRole = "administrator";

    private Task _startup = Task.CompletedTask;

    /// <summary>
    /// Starts the check beside the module start-up rather than before it: it needs only the host's tables, and on
    /// a first start hashing the password and the inserts take a few hundred milliseconds of a 2-core machine.
    /// <see cref="StartedAsync"/> waits for it, so a host has its admin by the time it reports started.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _startup = Task.Run(
            async () =>
            {
                await database.EnsureInitializedAsync(cancellationToken);
                await EnsureAdminAsync(cancellationToken);
                timeline.Mark("first admin checked");
            },
            cancellationToken);
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken) => _startup.WaitAsync(cancellationToken);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Creates the first admin when there is no user; true when it did.</summary>
    public async Task<bool> EnsureAdminAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return false;
        }

        var configured = options.Value.AdminPassword ?? configuration[IdentityOptions.AdminPasswordVariable];
        var password = string.IsNullOrEmpty(configured) ? TokenSecrets.CreatePassword() : configured;
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == AdministratorRole, cancellationToken);
        if (role is null)
        {
            role = new RoleRecord { Id = Guid.NewGuid().ToString("N"), Name = AdministratorRole };
            db.Roles.Add(role);
            db.RolePermissions.Add(new RolePermissionRecord { RoleId = role.Id, Permission = PermissionCatalog.Everything });
            db.RoleAccessLevels.Add(new RoleAccessLevelRecord { RoleId = role.Id, ModuleId = PermissionCatalog.Everything, Level = RecordAccessLevel.All });
        }

        var admin = new UserRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            Login = AdminLogin,
            LoginKey = UserRecord.KeyOf(AdminLogin),
            DisplayName = "Administrator",
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        admin.PasswordHash = passwords.Hash(admin, password);
        db.Users.Add(admin);
        db.UserRoles.Add(new UserRoleRecord { UserId = admin.Id, RoleId = role.Id });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two instances started on one empty database: fine when the other one created the admin first.
            if (await AnotherInstanceWonAsync(cancellationToken))
            {
                return false;
            }

            throw;
        }

        if (string.IsNullOrEmpty(configured))
        {
            // Printed once, on the only start that creates the admin; afterwards only the hash exists.
            logger.LogWarning("Created user '{Login}' with the generated password {Password} — sign in and change it; it is not shown again.", AdminLogin, password);
            await Console.Error.WriteLineAsync($"Crm: created user '{AdminLogin}' with password: {password}");
        }
        else
        {
            logger.LogInformation("Created user '{Login}' with the password from configuration.", AdminLogin);
        }

        return true;
    }

    private async Task<bool> AnotherInstanceWonAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AnyAsync(u => u.LoginKey == AdminLogin, cancellationToken);
    }
}
