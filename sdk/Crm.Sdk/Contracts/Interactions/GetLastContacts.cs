using MediatR;

namespace Crm.Sdk.Contracts.Interactions;

/// <summary>
/// Asks <c>crm.interactions</c> when each customer was last contacted, in one query for all of them (it reads
/// a figure kept current on every write, never the whole timeline). Customers never contacted are absent.
/// </summary>
/// <param name="CustomerIds">The customers, at most 1,000.</param>
/// <param name="Kinds">Only these kinds count; null or empty means any kind.</param>
public sealed record GetLastContacts(IReadOnlyCollection<Guid> CustomerIds, IReadOnlyCollection<string>? Kinds = null)
    : IRequest<IReadOnlyDictionary<Guid, LastContact>>
{
    /// <summary>The most ids one request may carry.</summary>
    public const int MaxIds = 1000;
}
