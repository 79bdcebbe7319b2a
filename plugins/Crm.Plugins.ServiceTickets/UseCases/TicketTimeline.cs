using Crm.Plugins.ServiceTickets.Domain;
using Crm.Sdk.Contracts.Interactions;
using MediatR;

namespace Crm.Plugins.ServiceTickets.UseCases;

/// <summary>
/// Puts ticket events in the client's timeline through the interactions module's contract: a complaint as
/// <c>COMPLAINT</c>, a service request as <c>TICKET</c>, each pointing at the ticket.
/// </summary>
internal static class TicketTimeline
{
    public const string ServiceKind = "TICKET";

    public static string KindOf(Ticket ticket) => ticket.Kind == TicketKind.Complaint ? InteractionKinds.Complaint : ServiceKind;

    /// <summary>Opening comes from the client (inbound); status changes are the team's work (internal).</summary>
    public static async Task WriteAsync(IMediator mediator, Ticket ticket, InteractionDirection direction, string subject, string? summary, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(
            new RecordInteraction(ticket.CustomerId, KindOf(ticket), direction, at, actor, subject)
            {
                Summary = summary,
                Concerns = new InteractionReference("Ticket", ticket.Id.ToString()),
            },
            cancellationToken);
        if (!result.Succeeded)
        {
            // The ticket is committed; a refused timeline entry is a defect to see in the logs, not the user's fault.
            throw new InvalidOperationException($"The timeline refused the entry for ticket {ticket.Id}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        }
    }

    public static string Upper(TicketStatus status) => status switch
    {
        TicketStatus.InProgress => "IN_PROGRESS",
        _ => status.ToString().ToUpperInvariant(),
    };
}
