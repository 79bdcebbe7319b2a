using MediatR;

namespace Crm.Sdk.Contracts.Seeding;

/// <summary>
/// Asks every enabled module to fill an empty database with a small believable demo company. Published by the
/// host's <c>seed demo</c> command; modules run in dependency order, so a module can use the customers an
/// earlier module put in <see cref="Cast"/>. A module whose tables already hold data adds nothing and says so
/// with <see cref="SeedReport.Skip"/>.
/// </summary>
/// <param name="Now">The moment the demo's "today" is; history is generated in the year before it.</param>
public sealed record SeedDemoData(DateTimeOffset Now) : INotification, IReportsHandlerFailures
{
    /// <summary>The demo's people and clients, filled as modules seed.</summary>
    public DemoCast Cast { get; } = new();

    /// <summary>What each module wrote.</summary>
    public SeedReport Report { get; } = new();

    /// <inheritdoc />
    public void HandlerFailed(string moduleId, string message) => Report.Fail(moduleId, message);
}
