using MediatR;

namespace Crm.Sdk.Contracts.Customers;

/// <summary>
/// Asks <c>crm.customers</c> to create a customer, for a module that turns something of its own into a client
/// (e.g. a qualified lead). The customers module validates the input as its own form does; the answer carries
/// the new customer's summary or the errors (nothing is written then). <see cref="CustomerCreated"/> follows.
/// </summary>
/// <param name="Name">The company's or person's name.</param>
/// <param name="IsPerson">True for a private person, false for a company.</param>
/// <param name="CreatedBy">User id of whoever caused the creation.</param>
public sealed record CreateCustomer(string Name, bool IsPerson, string CreatedBy) : IRequest<ContractResult<CustomerSummary>>
{
    /// <summary>A phone number in any common format; null for none.</summary>
    public string? Phone { get; init; }

    /// <summary>An e-mail address; null for none.</summary>
    public string? Email { get; init; }

    /// <summary>Where the customer came from (e.g. "website", "exhibition"); null when unknown.</summary>
    public string? Source { get; init; }

    /// <summary>User id of the responsible manager; null for none.</summary>
    public string? ManagerId { get; init; }
}
