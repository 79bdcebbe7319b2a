using MediatR;

namespace Crm.Sdk.Contracts.Customers;

/// <summary>Published by <c>crm.customers</c> after a change to a customer is committed.</summary>
/// <param name="Customer">The customer as it is now.</param>
/// <param name="Version">The customer's version after the change.</param>
public sealed record CustomerUpdated(CustomerSummary Customer, long Version) : INotification;
