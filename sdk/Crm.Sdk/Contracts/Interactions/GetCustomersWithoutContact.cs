using MediatR;

namespace Crm.Sdk.Contracts.Interactions;

/// <summary>
/// Asks <c>crm.interactions</c> for a page of the customers nobody contacted since a moment (by contact kinds,
/// optionally of one manager), in name order. Answered from the last-contact figures with one query, so the
/// customers module can show "who was not sent an invoice this month" over all customers in milliseconds.
/// </summary>
/// <param name="Since">Contact at or after this moment counts.</param>
/// <param name="First">Page size, 1 to 100.</param>
public sealed record GetCustomersWithoutContact(DateTimeOffset Since, int First) : IRequest<ContractResult<CustomersWithoutContactPage>>
{
    /// <summary>Only these kinds count as contact; null or empty means any kind.</summary>
    public IReadOnlyList<string>? Kinds { get; init; }

    /// <summary>Only customers of this manager; null means everyone's.</summary>
    public string? ManagerId { get; init; }

    /// <summary>The cursor of the last customer of the previous page.</summary>
    public string? After { get; init; }
}

/// <summary>One page of customers without contact.</summary>
/// <param name="Items">The customers on this page, each with its cursor.</param>
/// <param name="HasNextPage">True when more follow.</param>
public sealed record CustomersWithoutContactPage(IReadOnlyList<CustomerWithoutContact> Items, bool HasNextPage);

/// <summary>A customer on a without-contact page.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Cursor">Its position in the list.</param>
public sealed record CustomerWithoutContact(Guid CustomerId, string Cursor);
