using MediatR;

namespace Crm.Sdk.Contracts.Seeding;

/// <summary>
/// Asks every enabled module to add deterministic volume for benchmarks: the same arguments always produce
/// the same records (ids included), written in large batches without per-record audit. Published by the host's
/// <c>seed load</c> command; modules run in dependency order, so records of later modules hang off the
/// customers an earlier module wrote.
/// </summary>
/// <param name="Customers">How many customers to create.</param>
/// <param name="InteractionsPerCustomer">How many timeline entries each customer gets.</param>
/// <param name="Now">The newest moment generated history may have.</param>
/// <param name="RandomSeed">Seed of every pseudo-random choice.</param>
public sealed record SeedLoadData(int Customers, int InteractionsPerCustomer, DateTimeOffset Now, int RandomSeed = 20261123) : INotification, IReportsHandlerFailures
{
    /// <summary>The most customers one run may ask for.</summary>
    public const int MaxCustomers = 10_000_000;

    /// <summary>What each module wrote.</summary>
    public SeedReport Report { get; } = new();

    /// <inheritdoc />
    public void HandlerFailed(string moduleId, string message) => Report.Fail(moduleId, message);
}
