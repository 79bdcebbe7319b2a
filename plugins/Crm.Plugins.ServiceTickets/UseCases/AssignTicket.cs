using Crm.Plugins.ServiceTickets.Storage;
using Crm.Sdk.Contracts;

namespace Crm.Plugins.ServiceTickets.UseCases;

/// <summary>Gives a ticket to a colleague (a user id), or takes it back to unassigned with null.</summary>
public sealed class AssignTicket(TicketsDbContext db, TimeProvider time)
{
    public async Task<TicketResult> HandleAsync(Guid id, long expectedVersion, string? assigneeId, CancellationToken cancellationToken)
    {
        if (TicketRules.Text(assigneeId, "assigneeId", 100, required: false) is { } invalid)
        {
            return new TicketResult(null, [invalid]);
        }

        return await TicketChange.ApplyAsync(db, id, expectedVersion, ticket =>
        {
            ticket.AssigneeId = string.IsNullOrWhiteSpace(assigneeId) ? null : assigneeId.Trim();
            ticket.UpdatedAt = time.GetUtcNow().UtcDateTime;
            return (ContractError?)null;
        }, cancellationToken);
    }
}
