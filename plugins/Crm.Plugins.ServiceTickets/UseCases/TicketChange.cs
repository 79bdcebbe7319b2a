using Crm.Plugins.ServiceTickets.Domain;
using Crm.Plugins.ServiceTickets.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.ServiceTickets.UseCases;

/// <summary>
/// The common frame of every change to an existing ticket: find it, check the version the caller saw, apply the
/// change, save with the version as a concurrency token. A refusal leaves the ticket as it was.
/// </summary>
internal static class TicketChange
{
    public static async Task<TicketResult> ApplyAsync(TicketsDbContext db, Guid id, long expectedVersion, Func<Ticket, ContractError?> change, CancellationToken cancellationToken)
    {
        var ticket = id == Guid.Empty ? null : await db.Tickets.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (ticket is null)
        {
            return TicketResult.Failure(ContractErrorCodes.NotFound, "No ticket has this id.", "id");
        }

        if (ticket.Version != expectedVersion)
        {
            return TicketResult.Failure(ContractErrorCodes.Conflict, $"The ticket was changed by someone else (version {ticket.Version}, you saw {expectedVersion}); reload it.", "version");
        }

        if (change(ticket) is { } refused)
        {
            db.ChangeTracker.Clear();
            return new TicketResult(null, [refused]);
        }

        db.ExpectVersion(ticket, expectedVersion);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            db.ChangeTracker.Clear();
            return TicketResult.Failure(ContractErrorCodes.Conflict, "The ticket was changed by someone else while you saved; reload it.", "version");
        }

        return TicketResult.Success(ticket);
    }
}
