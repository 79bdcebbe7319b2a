namespace Crm.Modules.Tasks.Tests.Support;

/// <summary>A clock the test moves by hand: time is a system edge, so this is the one stand-in the tests use.</summary>
internal sealed class SettableTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public void Advance(TimeSpan by) => Now += by;

    public override DateTimeOffset GetUtcNow() => Now;
}
