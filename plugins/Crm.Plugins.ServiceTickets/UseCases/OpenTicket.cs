using Crm.Plugins.ServiceTickets.Domain;
using Crm.Plugins.ServiceTickets.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Customers;
using Crm.Sdk.Contracts.Interactions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.ServiceTickets.UseCases;

/// <summary>
/// Opens a ticket for a known, active client. Its due time is the SLA of its priority from now; it then appears
/// in the client's timeline (a complaint as COMPLAINT).
/// </summary>
public sealed class OpenTicket(TicketsDbContext db, IMediator mediator, TimeProvider time)
{
    public async Task<TicketResult> HandleAsync(TicketInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (TicketRules.Text(input.Subject, "subject", 300, required: true) is { } subjectError)
        {
            return new TicketResult(null, [subjectError]);
        }

        if (TicketRules.Text(input.Description, "description", 4000, required: false) is { } descriptionError)
        {
            return new TicketResult(null, [descriptionError]);
        }

        if (TicketRules.Text(input.AssigneeId, "assigneeId", 100, required: false) is { } assigneeError)
        {
            return new TicketResult(null, [assigneeError]);
        }

        var customer = input.CustomerId == Guid.Empty
            ? null
            : (await mediator.Send(new GetCustomerSummaries([input.CustomerId]), cancellationToken)).FirstOrDefault();
        if (customer is null)
        {
            return TicketResult.Failure(ContractErrorCodes.NotFound, "No customer has this id.", "customerId");
        }

        if (customer.IsArchived)
        {
            return TicketResult.Failure(ContractErrorCodes.CustomerArchived, $"{customer.Name} is archived: no new tickets can be opened for it.", "customerId");
        }

        var sla = await db.SlaPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Priority == input.Priority, cancellationToken);
        var minutes = sla?.ResolveWithinMinutes ?? SlaPolicy.Defaults[input.Priority];
        var now = time.GetUtcNow();
        var ticket = new Ticket
        {
            Id = Guid.CreateVersion7(),
            CustomerId = customer.CustomerId,
            Subject = input.Subject.Trim(),
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
            Kind = input.Kind,
            Priority = input.Priority,
            Status = TicketStatus.New,
            AssigneeId = string.IsNullOrWhiteSpace(input.AssigneeId) ? null : input.AssigneeId.Trim(),
            OpenedBy = actor,
            OpenedAt = now.UtcDateTime,
            DueAt = now.UtcDateTime.AddMinutes(minutes),
            UpdatedAt = now.UtcDateTime,
        };
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(cancellationToken);

        var what = ticket.Kind == TicketKind.Complaint ? "Complaint" : "Service request";
        await TicketTimeline.WriteAsync(mediator, ticket, InteractionDirection.Inbound, $"{what} opened ({ticket.Priority.ToString().ToUpperInvariant()}): {ticket.Subject}", ticket.Description, actor, now, cancellationToken);
        return TicketResult.Success(ticket);
    }
}
