namespace Crm.Modules.Tasks.Reminders;

/// <summary>How the reminder clock runs. The defaults suit a deployment of one to a few hosts.</summary>
public sealed class ReminderOptions
{
    /// <summary>How often each host tries to hold the lease and, if it does, sweeps for activities that fell due.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a claimed lease lasts without renewal: when its holder stops, another host takes over after at most
    /// this long. Keep it several intervals long so a slow sweep never loses the lease to a colleague.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The most activities one sweep reminds of; the rest follow on the next ticks.</summary>
    public int BatchSize { get; set; } = 500;
}
