using Crm.Plugins.ServiceTickets.Domain;
using Crm.Plugins.ServiceTickets.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Plugins.ServiceTickets.GraphQL;

/// <summary>The payload of every ticket mutation: the ticket as saved, or typed errors and nothing written.</summary>
public sealed record TicketPayload(Ticket? Ticket, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static TicketPayload From(TicketResult result) => new(result.Ticket, result.Errors.ToUserErrors());
}

public sealed class TicketPayloadGraphType : PayloadGraphType<TicketPayload>
{
    public TicketPayloadGraphType()
    {
        Name = "TicketPayload";
        Field<TicketGraphType>("ticket").Resolve(c => c.Source.Ticket).ResolvesWithoutServices();
    }
}

/// <summary>The payload of <c>setTicketSla</c>.</summary>
public sealed record TicketSlaPayload(SlaPolicy? Sla, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static TicketSlaPayload From((SlaPolicy? Policy, IReadOnlyList<ContractError> Errors) result) => new(result.Policy, result.Errors.ToUserErrors());
}

public sealed class TicketSlaPayloadGraphType : PayloadGraphType<TicketSlaPayload>
{
    public TicketSlaPayloadGraphType()
    {
        Name = "TicketSlaPayload";
        Field<TicketSlaGraphType>("sla").Resolve(c => c.Source.Sla).ResolvesWithoutServices();
    }
}
