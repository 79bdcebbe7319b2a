using MediatR;

namespace Crm.Sdk.Contracts.Customers;

/// <summary>
/// Published by <c>crm.customers</c> after a customer is archived. Its history stays; modules should stop
/// offering it new work (open deals, reminders) and hide it from "who needs a call" lists.
/// </summary>
/// <param name="CustomerId">The archived customer.</param>
/// <param name="ArchivedAt">When it was archived.</param>
/// <param name="ArchivedBy">The user who archived it.</param>
public sealed record CustomerArchived(Guid CustomerId, DateTimeOffset ArchivedAt, string ArchivedBy) : INotification;
