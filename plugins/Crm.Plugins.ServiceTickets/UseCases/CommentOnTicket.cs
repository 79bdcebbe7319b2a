using Crm.Plugins.ServiceTickets.Domain;
using Crm.Plugins.ServiceTickets.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.ServiceTickets.UseCases;

/// <summary>Adds a comment to a ticket; comments are not versioned against each other, so two colleagues may both write.</summary>
public sealed class CommentOnTicket(TicketsDbContext db, TimeProvider time)
{
    public async Task<TicketResult> HandleAsync(Guid id, string text, string actor, CancellationToken cancellationToken)
    {
        if (TicketRules.Text(text, "text", 4000, required: true) is { } invalid)
        {
            return new TicketResult(null, [invalid]);
        }

        var ticket = id == Guid.Empty ? null : await db.Tickets.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (ticket is null)
        {
            return TicketResult.Failure(ContractErrorCodes.NotFound, "No ticket has this id.", "id");
        }

        var comment = new TicketComment { Id = Guid.CreateVersion7(), TicketId = ticket.Id, Text = text.Trim(), WrittenBy = actor, WrittenAt = time.GetUtcNow().UtcDateTime };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return TicketResult.Success(ticket);
    }
}
