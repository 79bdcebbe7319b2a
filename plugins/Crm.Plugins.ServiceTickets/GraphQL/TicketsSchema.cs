using Crm.Plugins.ServiceTickets.Domain;
using Crm.Plugins.ServiceTickets.UseCases;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Security;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Plugins.ServiceTickets.GraphQL;

/// <summary>The plugin's part of the schema: tickets, the SLA and its breaches, and two fields on <c>Customer</c>.</summary>
internal static class TicketsSchema
{
    public static void Configure(ISchemaBuilder schema)
    {
        schema.AddType<TicketGraphType>();
        // Service requests land in the timeline as TICKET (complaints as the built-in COMPLAINT); clients see the kind by name.
        schema.ExtendEnum("InteractionKind", TicketTimeline.ServiceKind, "A service ticket opened or changed (crm.service-tickets).");
        schema.AddNode("Ticket", async (ctx, id) => Guid.TryParseExact(id, "N", out var key) ? await Service<TicketQueries>(ctx).FindAsync(key, ctx.CancellationToken) : null);

        var customer = schema.Extend<IEntity>("Customer");
        customer.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketGraphType>>>>("tickets")
            .Description("The client's tickets, newest first (one query for every customer on the page).")
            .RequirePermission(TicketPermissions.Read)
            .Resolve(ctx => ctx.GetGroupLoader<Guid, Ticket>("crm.service-tickets.byCustomer", (ids, ct) => Service<TicketQueries>(ctx).ForCustomersAsync(ids, ct)).Load(ctx.Source.Id));
        customer.Field<NonNullGraphType<IntGraphType>>("openTicketCount")
            .Description("Tickets not yet RESOLVED or CLOSED (one query for every customer on the page).")
            .RequirePermission(TicketPermissions.Read)
            .Resolve(ctx => ctx.GetBatchLoader<Guid, int?>("crm.service-tickets.openCount", (ids, ct) => Service<TicketQueries>(ctx).OpenCountsAsync(ids, ct)).Load(ctx.Source.Id).Then(count => count ?? 0));

        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketGraphType>>>>("ticketSlaBreaches")
            .Description("Open tickets past their SLA due time, most overdue first: who to call now.")
            .Argument<IntGraphType>("first", "At most this many (1 to 500, default 100).")
            .RequirePermission(TicketPermissions.Read)
            .ResolveAsync(async ctx => await Service<TicketQueries>(ctx).BreachesAsync(ctx.GetArgument("first", 100), ctx.CancellationToken));
        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketSlaGraphType>>>>("ticketSlas")
            .Description("The SLA of each priority, most urgent first.")
            .RequirePermission(TicketPermissions.Read)
            .ResolveAsync(async ctx => await Service<TicketQueries>(ctx).SlaPoliciesAsync(ctx.CancellationToken));

        schema.Mutation.PayloadField<OpenTicketInputGraphType, TicketInput, TicketPayloadGraphType>("openTicket", async (ctx, input) =>
            TicketPayload.From(await Service<OpenTicket>(ctx).HandleAsync(input, Actor(ctx), ctx.CancellationToken)))
            .RequirePermission(TicketPermissions.Write);
        schema.Mutation.PayloadField<ChangeTicketStatusInputGraphType, ChangeTicketStatusInput, TicketPayloadGraphType>("changeTicketStatus", async (ctx, input) =>
            TicketPayload.From(await Service<ChangeTicketStatus>(ctx).HandleAsync(input.Id, input.Version, input.Status, Actor(ctx), ctx.CancellationToken)))
            .RequirePermission(TicketPermissions.Write);
        schema.Mutation.PayloadField<ReopenTicketInputGraphType, ReopenTicketInput, TicketPayloadGraphType>("reopenTicket", async (ctx, input) =>
            TicketPayload.From(await Service<ReopenTicket>(ctx).HandleAsync(input.Id, input.Version, input.Reason, Actor(ctx), ctx.CancellationToken)))
            .RequirePermission(TicketPermissions.Write);
        schema.Mutation.PayloadField<AssignTicketInputGraphType, AssignTicketInput, TicketPayloadGraphType>("assignTicket", async (ctx, input) =>
            TicketPayload.From(await Service<AssignTicket>(ctx).HandleAsync(input.Id, input.Version, input.AssigneeId, ctx.CancellationToken)))
            .RequirePermission(TicketPermissions.Write);
        schema.Mutation.PayloadField<CommentOnTicketInputGraphType, CommentOnTicketInput, TicketPayloadGraphType>("commentOnTicket", async (ctx, input) =>
            TicketPayload.From(await Service<CommentOnTicket>(ctx).HandleAsync(input.Id, input.Text, Actor(ctx), ctx.CancellationToken)))
            .RequirePermission(TicketPermissions.Write);
        schema.Mutation.PayloadField<SetTicketSlaInputGraphType, SetTicketSlaInput, TicketSlaPayloadGraphType>("setTicketSla", async (ctx, input) =>
            TicketSlaPayload.From(await Service<SetTicketSla>(ctx).HandleAsync(input.Priority, input.ResolveWithinMinutes, ctx.CancellationToken)))
            .RequirePermission(TicketPermissions.Admin);
    }

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();

    private static string Actor(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ICurrentUser>().Id;
}
