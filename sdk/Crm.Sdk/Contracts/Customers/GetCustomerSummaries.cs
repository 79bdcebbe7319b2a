using MediatR;

namespace Crm.Sdk.Contracts.Customers;

/// <summary>
/// Asks <c>crm.customers</c> for the summaries of several customers in one round trip (use it in a
/// DataLoader rather than one request per customer). Ids that name no customer are absent from the answer.
/// </summary>
/// <param name="CustomerIds">The customers wanted; at most 1,000 per request.</param>
public sealed record GetCustomerSummaries(IReadOnlyCollection<Guid> CustomerIds) : IRequest<IReadOnlyList<CustomerSummary>>
{
    /// <summary>The most ids one request may carry.</summary>
    public const int MaxIds = 1000;
}
