using Crm.Plugins.ServiceTickets.Domain;
using Crm.Plugins.ServiceTickets.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using MediatR;

namespace Crm.Plugins.ServiceTickets.UseCases;

/// <summary>
/// Moves a ticket along NEW → IN_PROGRESS → WAITING → RESOLVED → CLOSED. Leaving RESOLVED or CLOSED for work again is
/// refused with INVALID_TRANSITION: that is <see cref="ReopenTicket"/>. Each change lands in the client's timeline.
/// </summary>
public sealed class ChangeTicketStatus(TicketsDbContext db, IMediator mediator, TimeProvider time)
{
    public async Task<TicketResult> HandleAsync(Guid id, long expectedVersion, TicketStatus status, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var from = TicketStatus.New;
        var result = await TicketChange.ApplyAsync(db, id, expectedVersion, ticket =>
        {
            from = ticket.Status;
            if (!TicketTransitions.IsAllowed(from, status))
            {
                var hint = TicketTransitions.CanReopen(from) ? " Reopen it (reopenTicket) to work on it again." : "";
                return new ContractError(ContractErrorCodes.InvalidTransition, $"A ticket that is {TicketTimeline.Upper(from)} cannot become {TicketTimeline.Upper(status)}.{hint}", "status");
            }

            ticket.Status = status;
            ticket.UpdatedAt = now.UtcDateTime;
            ticket.ResolvedAt = status == TicketStatus.Resolved ? now.UtcDateTime : ticket.ResolvedAt;
            return null;
        }, cancellationToken);

        if (result.Ticket is { } changed)
        {
            await TicketTimeline.WriteAsync(mediator, changed, InteractionDirection.Internal, $"Ticket {TicketTimeline.Upper(status)} (was {TicketTimeline.Upper(from)}): {changed.Subject}", null, actor, now, cancellationToken);
        }

        return result;
    }
}
