namespace Crm.Plugins.ServiceTickets.Domain;

/// <summary>How urgent a ticket is; each priority has its own SLA (<see cref="SlaPolicy"/>).</summary>
public enum TicketPriority
{
    Low,
    Normal,
    High,
    Urgent,
}
