namespace Crm.Modules.Sales.Tests.Support;

/// <summary>A clock the test moves by hand: time is a system edge, so this is the one stand-in the tests use.</summary>
internal sealed class SettableTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
