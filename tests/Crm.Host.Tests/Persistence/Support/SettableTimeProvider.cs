namespace Crm.Host.Tests.Persistence.Support;

/// <summary>A clock whose "now" the test sets; timers stay real so retries still wait.</summary>
internal sealed class SettableTimeProvider : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
