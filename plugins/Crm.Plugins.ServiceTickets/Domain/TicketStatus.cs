namespace Crm.Plugins.ServiceTickets.Domain;

/// <summary>The life cycle NEW → IN_PROGRESS → WAITING → RESOLVED → CLOSED; see <see cref="TicketTransitions"/>.</summary>
public enum TicketStatus
{
    New,
    InProgress,
    Waiting,
    Resolved,
    Closed,
}
