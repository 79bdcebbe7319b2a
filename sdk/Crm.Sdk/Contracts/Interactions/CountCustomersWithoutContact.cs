using MediatR;

namespace Crm.Sdk.Contracts.Interactions;

/// <summary>
/// Counts the customers <see cref="GetCustomersWithoutContact"/> would list, for a connection's <c>totalCount</c>;
/// send it only when the client asked for the count (one COUNT query).
/// </summary>
/// <param name="Since">Contact at or after this moment counts.</param>
/// <param name="Kinds">Only these kinds count as contact; null or empty means any kind.</param>
/// <param name="ManagerId">Only customers of this manager; null means everyone's.</param>
public sealed record CountCustomersWithoutContact(DateTimeOffset Since, IReadOnlyList<string>? Kinds, string? ManagerId) : IRequest<int>;
