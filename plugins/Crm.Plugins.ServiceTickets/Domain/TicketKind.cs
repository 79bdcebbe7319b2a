namespace Crm.Plugins.ServiceTickets.Domain;

/// <summary>What the client came with: a request for service, or a complaint (shown as COMPLAINT in the timeline).</summary>
public enum TicketKind
{
    Service,
    Complaint,
}
