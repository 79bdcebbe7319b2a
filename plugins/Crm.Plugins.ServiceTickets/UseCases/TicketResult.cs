using Crm.Plugins.ServiceTickets.Domain;
using Crm.Sdk.Contracts;

namespace Crm.Plugins.ServiceTickets.UseCases;

/// <summary>The outcome of a ticket use case: the ticket as saved, or the errors that stopped it (nothing written).</summary>
public sealed record TicketResult(Ticket? Ticket, IReadOnlyList<ContractError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static TicketResult Success(Ticket ticket) => new(ticket, []);

    public static TicketResult Failure(string code, string message, string field) => new(null, [new ContractError(code, message, field)]);
}
