using MediatR;

namespace Crm.Sdk.Contracts.Customers;

/// <summary>Published by <c>crm.customers</c> after a new customer is committed.</summary>
/// <param name="Customer">The new customer.</param>
public sealed record CustomerCreated(CustomerSummary Customer) : INotification;
