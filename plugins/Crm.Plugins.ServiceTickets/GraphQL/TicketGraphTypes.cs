using Crm.Plugins.ServiceTickets.Domain;
using Crm.Plugins.ServiceTickets.UseCases;
using Crm.Sdk.GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Plugins.ServiceTickets.GraphQL;

/// <summary>The <c>Ticket</c> node: a client's service request or complaint, with its SLA and comments.</summary>
public sealed class TicketGraphType : CrmObjectGraphType<Ticket>
{
    public TicketGraphType()
    {
        this.IsNode("Ticket");
        Description = "A client's service request or complaint, worked NEW → IN_PROGRESS → WAITING → RESOLVED → CLOSED.";
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("Global id of the client.").Resolve(c => GlobalId.Encode("Customer", c.Source.CustomerId)).ResolvesWithoutServices();
        Field(t => t.Subject);
        Field(t => t.Description, nullable: true);
        Field<NonNullGraphType<TicketKindGraphType>>("kind").Resolve(c => c.Source.Kind).ResolvesWithoutServices();
        Field<NonNullGraphType<TicketPriorityGraphType>>("priority").Resolve(c => c.Source.Priority).ResolvesWithoutServices();
        Field<NonNullGraphType<TicketStatusGraphType>>("status").Resolve(c => c.Source.Status).ResolvesWithoutServices();
        Field(t => t.AssigneeId, nullable: true).Description("User id of whoever works on it.");
        Field(t => t.OpenedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("openedAt").Resolve(c => Utc(c.Source.OpenedAt)).ResolvesWithoutServices();
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("dueAt").Description("When the SLA of its priority says it must be resolved.").Resolve(c => Utc(c.Source.DueAt)).ResolvesWithoutServices();
        Field<DateTimeOffsetGraphType>("resolvedAt").Resolve(c => c.Source.ResolvedAt is { } at ? Utc(at) : null).ResolvesWithoutServices();
        Field<NonNullGraphType<BooleanGraphType>>("slaBreached").Description("Resolved after its due time, or still open past it.")
            .Resolve(c => c.Source.IsBreachedAt(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
        Field(t => t.ReopenCount);
        Field<NonNullGraphType<LongGraphType>>("version").Resolve(c => c.Source.Version).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketCommentGraphType>>>>("comments").Description("Oldest first (one query for every ticket in the answer).")
            .Resolve(c => c.GetGroupLoader<Guid, TicketComment>("crm.service-tickets.comments", (ids, ct) => c.RequestServices!.GetRequiredService<TicketQueries>().CommentsAsync(ids, ct)).Load(c.Source.Id));
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}

public sealed class TicketCommentGraphType : CrmObjectGraphType<TicketComment>
{
    public TicketCommentGraphType()
    {
        Name = "TicketComment";
        Field(c => c.Text);
        Field(c => c.WrittenBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("writtenAt").Resolve(c => new DateTimeOffset(DateTime.SpecifyKind(c.Source.WrittenAt, DateTimeKind.Utc))).ResolvesWithoutServices();
    }
}

public sealed class TicketSlaGraphType : CrmObjectGraphType<SlaPolicy>
{
    public TicketSlaGraphType()
    {
        Name = "TicketSla";
        Description = "How long a ticket of one priority may take to be resolved.";
        Field<NonNullGraphType<TicketPriorityGraphType>>("priority").Resolve(c => c.Source.Priority).ResolvesWithoutServices();
        Field(p => p.ResolveWithinMinutes);
    }
}

public sealed class TicketKindGraphType : EnumerationGraphType<TicketKind>
{
    public TicketKindGraphType()
    {
        Name = "TicketKind";
    }
}

public sealed class TicketPriorityGraphType : EnumerationGraphType<TicketPriority>
{
    public TicketPriorityGraphType()
    {
        Name = "TicketPriority";
    }
}

public sealed class TicketStatusGraphType : EnumerationGraphType<TicketStatus>
{
    public TicketStatusGraphType()
    {
        Name = "TicketStatus";
    }
}
