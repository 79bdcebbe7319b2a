using Crm.Modules.Interactions.Domain;

namespace Crm.Modules.Interactions.UseCases;

/// <summary>One page of customers in name order, with the cursor to continue from.</summary>
public sealed record KnownCustomerPage(IReadOnlyList<KnownCustomer> Items, bool HasNextPage, string? EndCursor);
