namespace Crm.Sdk.Modules;

/// <summary>
/// Work a module keeps doing in the background while it is enabled: a sweep, a poller, a reminder clock. Register
/// an implementation in <see cref="ICrmModule.ConfigureServices"/> (<c>builder.RegisterType&lt;Sweep&gt;().As&lt;IModuleBackgroundService&gt;().SingleInstance()</c>);
/// the host starts <see cref="RunAsync"/> once the module's migrations have run and the server listens (at a start,
/// after the start-up; for a module enabled later, at once), and cancels its token when the
/// module is disabled or the host stops, waiting for it to return before the module's services are disposed.
/// </summary>
/// <remarks>
/// Every host instance runs the service. Work that must happen once per deployment takes a lease or lock in the
/// database first. An exception ends only this service (logged with the module id); the module stays enabled.
/// </remarks>
public interface IModuleBackgroundService
{
    /// <summary>Runs until <paramref name="stoppingToken"/> is cancelled; return promptly then.</summary>
    Task RunAsync(CancellationToken stoppingToken);
}
