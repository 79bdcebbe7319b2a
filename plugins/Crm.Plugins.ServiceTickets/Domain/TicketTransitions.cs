namespace Crm.Plugins.ServiceTickets.Domain;

/// <summary>
/// Which status changes a plain status change may make. Going back from RESOLVED or CLOSED to work is not among
/// them: that is a reopen, a separate act with a reason, so nobody revives a closed ticket by accident.
/// </summary>
public static class TicketTransitions
{
    private static readonly Dictionary<TicketStatus, TicketStatus[]> Allowed = new()
    {
        [TicketStatus.New] = [TicketStatus.InProgress, TicketStatus.Waiting, TicketStatus.Resolved],
        [TicketStatus.InProgress] = [TicketStatus.Waiting, TicketStatus.Resolved],
        [TicketStatus.Waiting] = [TicketStatus.InProgress, TicketStatus.Resolved],
        [TicketStatus.Resolved] = [TicketStatus.Closed],
        [TicketStatus.Closed] = [],
    };

    public static bool IsAllowed(TicketStatus from, TicketStatus to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>A ticket that is RESOLVED or CLOSED may be reopened; it goes back to IN_PROGRESS.</summary>
    public static bool CanReopen(TicketStatus from) => from is TicketStatus.Resolved or TicketStatus.Closed;

    /// <summary>Open tickets count in <c>openTicketCount</c> and can breach their SLA.</summary>
    public static bool IsOpen(TicketStatus status) => status is not (TicketStatus.Resolved or TicketStatus.Closed);
}
