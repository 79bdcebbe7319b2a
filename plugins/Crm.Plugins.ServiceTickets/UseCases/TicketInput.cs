using Crm.Plugins.ServiceTickets.Domain;

namespace Crm.Plugins.ServiceTickets.UseCases;

/// <summary>What <c>openTicket</c> needs; <see cref="CustomerId"/> is <see cref="Guid.Empty"/> when the id did not decode.</summary>
public sealed record TicketInput(Guid CustomerId, string Subject, string? Description, TicketKind Kind, TicketPriority Priority, string? AssigneeId);
