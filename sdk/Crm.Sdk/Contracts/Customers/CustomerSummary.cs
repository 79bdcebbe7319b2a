namespace Crm.Sdk.Contracts.Customers;

/// <summary>The few facts about a customer that other modules need to show or file things under it.</summary>
/// <param name="CustomerId">The customer's id.</param>
/// <param name="Name">The name shown everywhere (company or person).</param>
/// <param name="ManagerId">The user responsible for the customer, or null when nobody is.</param>
/// <param name="IsArchived">True once archived: readable, but closed for new work.</param>
/// <param name="CreatedAt">When the customer was entered.</param>
public sealed record CustomerSummary(Guid CustomerId, string Name, string? ManagerId, bool IsArchived, DateTimeOffset CreatedAt);
