using Crm.Modules.Customers.Domain;

namespace Crm.Modules.Customers.UseCases;

/// <summary>One page of customers in name order, with the cursor of its last row for the next page.</summary>
public sealed record CustomerPage(IReadOnlyList<Customer> Items, bool HasNextPage, string? EndCursor);
