using Crm.Plugins.ServiceTickets.Domain;
using Crm.Plugins.ServiceTickets.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using MediatR;

namespace Crm.Plugins.ServiceTickets.UseCases;

/// <summary>
/// Reopens a RESOLVED or CLOSED ticket with a reason: it goes back to IN_PROGRESS, its resolution time is cleared
/// (the SLA due time stays, so a reopened ticket past it shows as breached), and the reopen is in the timeline.
/// </summary>
public sealed class ReopenTicket(TicketsDbContext db, IMediator mediator, TimeProvider time)
{
    public async Task<TicketResult> HandleAsync(Guid id, long expectedVersion, string reason, string actor, CancellationToken cancellationToken)
    {
        if (TicketRules.Text(reason, "reason", 1000, required: true) is { } invalid)
        {
            return new TicketResult(null, [invalid]);
        }

        var now = time.GetUtcNow();
        var result = await TicketChange.ApplyAsync(db, id, expectedVersion, ticket =>
        {
            if (!TicketTransitions.CanReopen(ticket.Status))
            {
                return new ContractError(ContractErrorCodes.InvalidTransition, $"Only a RESOLVED or CLOSED ticket can be reopened; this one is {TicketTimeline.Upper(ticket.Status)}.", "id");
            }

            ticket.Status = TicketStatus.InProgress;
            ticket.ResolvedAt = null;
            ticket.ReopenCount++;
            ticket.UpdatedAt = now.UtcDateTime;
            return null;
        }, cancellationToken);

        if (result.Ticket is { } reopened)
        {
            await TicketTimeline.WriteAsync(mediator, reopened, InteractionDirection.Internal, $"Ticket reopened: {reopened.Subject}", reason.Trim(), actor, now, cancellationToken);
        }

        return result;
    }
}
