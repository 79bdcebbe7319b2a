using System.Diagnostics;

namespace Crm.Host.Hosting;

/// <summary>
/// Logs each start-up phase with the milliseconds since the process started, so a slow start can be split
/// into runtime start, container build, database, modules and listening without a profiler
/// (<c>--Logging:LogLevel:Crm.Host.Hosting.StartupTimeline=Information</c>; cold-start.sh's PHASES=1 prints them).
/// </summary>
internal sealed class StartupTimeline(TimeProvider time, ILogger<StartupTimeline> logger)
{
    private readonly DateTimeOffset _processStart = new(Process.GetCurrentProcess().StartTime.ToUniversalTime());

    /// <summary>Milliseconds from the process start until now.</summary>
    public double ElapsedMilliseconds => (time.GetUtcNow() - _processStart).TotalMilliseconds;

    public void Mark(string phase)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("start-up phase {Phase} at {Elapsed:F0} ms", phase, ElapsedMilliseconds);
        }
    }
}
