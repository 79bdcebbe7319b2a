using Crm.Modules.Interactions.Domain;
using Crm.Modules.Interactions.Storage;
using Crm.Modules.Interactions.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.GraphQL;
using Crm.Sdk.GraphQL.Connections;
using Crm.Sdk.Security;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Interactions.GraphQL;

/// <summary>
/// The interactions module's part of the schema. It extends <c>Customer</c> by name only (timeline, lastContact)
/// and never references the customers module.
/// </summary>
internal static class InteractionsSchema
{
    public static void Configure(ISchemaBuilder schema)
    {
        schema.AddType<InteractionGraphType>();
        schema.AddType<InteractionKindGraphType>();
        // Without the permission, or recorded by someone out of reach, an interaction is simply not there.
        schema.AddNode("Interaction", async (ctx, id) => long.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var key) && User(ctx).HasPermission(InteractionsModule.ReadPermission)
            ? await Service<InteractionsDbContext>(ctx).Interactions.AsNoTracking()
                .WhereAccessible(User(ctx), InteractionsModule.Id, i => i.RecordedBy)
                .FirstOrDefaultAsync(i => i.Id == key, ctx.CancellationToken)
            : null);

        var customer = schema.Extend<IEntity>("Customer");
        var timeline = customer.Connection<InteractionGraphType, Interaction>("timeline")
            .Description("Everything that happened with the customer, newest first; keyset-paged forward with first/after.");
        timeline.FieldType.Arguments!.Add(new QueryArgument<ListGraphType<NonNullGraphType<InteractionKindGraphType>>> { Name = "kinds", Description = "Only these kinds." });
        timeline.FieldType.Arguments.Add(new QueryArgument<DateTimeOffsetGraphType> { Name = "from", Description = "At or after this moment." });
        timeline.FieldType.Arguments.Add(new QueryArgument<DateTimeOffsetGraphType> { Name = "to", Description = "Before this moment." });
        timeline.FieldType.Arguments.Add(new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>> { Name = "authors", Description = "Only entries recorded by these users." });
        timeline.FieldType.Resolver = new FuncFieldResolver<object>(async ctx => await ResolveTimelineAsync(ctx));
        timeline.FieldType.RequirePermission(InteractionsModule.ReadPermission);

        customer.Field<LastContactGraphType>("lastContact")
            .Description("The newest contact of the given kinds (any kind when none given); null when never contacted.")
            .Argument<ListGraphType<NonNullGraphType<InteractionKindGraphType>>>("kinds")
            .Resolve(ctx =>
            {
                var kinds = ctx.GetArgument<List<string>?>("kinds") ?? [];
                return ctx.GetBatchLoader<Guid, LastContactRow>($"crm.interactions.lastContact:{string.Join(',', kinds)}", async (ids, ct) =>
                {
                    var db = Service<InteractionsDbContext>(ctx);
                    var query = db.LastContacts.AsNoTracking().Where(l => ids.Contains(l.CustomerId));
                    if (kinds.Count > 0)
                    {
                        query = query.Where(l => kinds.Contains(l.Kind));
                    }

                    var rows = await query.ToListAsync(ct);
                    return rows.GroupBy(r => r.CustomerId).ToDictionary(g => g.Key, g => (LastContactRow?)g.OrderByDescending(r => r.LastAt).ThenByDescending(r => r.InteractionId).First());
                }).Load(ctx.Source.Id);
            })
            .RequirePermission(InteractionsModule.ReadPermission);

        schema.Mutation.PayloadField<RecordInteractionInputGraphType, RecordInteractionInput, RecordInteractionPayloadGraphType>("recordInteraction", RecordAsync)
            .RequirePermission(InteractionsModule.WritePermission);

        schema.Subscription.Field<InteractionGraphType>("timelineUpdated")
            .Description("Each entry added to the customer's timeline from now on, by any colleague or module.")
            .Argument<NonNullGraphType<IdGraphType>>("customerId")
            .ResolveStream(ctx =>
            {
                var customerId = GlobalId.DecodeGuid(ctx.GetArgument<string>("customerId"), "Customer");
                return new TimelineStream(Service<TimelineEvents>(ctx), customerId);
            })
            .RequirePermission(InteractionsModule.ReadPermission);
    }

    private static async Task<object?> ResolveTimelineAsync(IResolveFieldContext ctx)
    {
        var paging = PagingOptions.From(ctx);
        var request = new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"), ctx.GetArgument<int?>("last"), ctx.GetArgument<string?>("before"))
            .Validate(paging.DefaultPageSize, Math.Min(paging.MaxPageSize, GetTimeline.MaxPageSize));
        if (request.Last is not null || request.Before is not null)
        {
            throw new DomainException(ErrorCodes.InvalidInput, "timeline pages forward only (newest first): use first and after.");
        }

        var customer = (IEntity)ctx.Source!;
        var query = new TimelineQuery(customer.Id, request.First!.Value)
        {
            After = request.After,
            Kinds = ctx.GetArgument<List<string>?>("kinds"),
            From = ctx.GetArgument<DateTimeOffset?>("from"),
            To = ctx.GetArgument<DateTimeOffset?>("to"),
            Authors = VisibleAuthors(User(ctx), ctx.GetArgument<List<string>?>("authors")),
        };
        var db = Service<InteractionsDbContext>(ctx);
        if (request.After is null)
        {
            // A list of customers each showing its timeline: every first page with these arguments is read in one
            // statement through the request's loader, not one statement per customer.
            var errors = GetTimeline.Check(query);
            if (errors.Count > 0)
            {
                throw new DomainException(errors[0].Code, errors[0].Message);
            }

            var loaderName = string.Join('|', "crm.interactions.timeline", query.First, Joined(query.Kinds), query.From?.UtcTicks, query.To?.UtcTicks, Joined(query.Authors));
            return ctx.GetBatchLoader<Guid, TimelinePage>(loaderName, async (ids, ct) =>
                {
                    var pages = await Service<GetTimeline>(ctx).HandleFirstPagesAsync(ids, query, ct);
                    return pages.Succeeded
                        ? pages.Value.ToDictionary(p => p.Key, p => (TimelinePage?)p.Value)
                        : throw new DomainException(pages.Errors[0].Code, pages.Errors[0].Message);
                })
                .Load(customer.Id)
                .Then(page => ToConnection(page!, hasPrevious: false, db, customer.Id));
        }

        var result = await Service<GetTimeline>(ctx).HandleAsync(query, ctx.CancellationToken);
        if (!result.Succeeded)
        {
            throw new DomainException(result.Errors[0].Code, result.Errors[0].Message);
        }

        return ToConnection(result.Value, hasPrevious: true, db, customer.Id);
    }

    private static ConnectionPage<Interaction> ToConnection(TimelinePage page, bool hasPrevious, InteractionsDbContext db, Guid customerId)
    {
        var edges = page.Items.Select(i => new ConnectionEdge<Interaction>(TimelineCursor.Encode(i.OccurredAt, i.Id), i)).ToList();
        var info = new PageInfo { HasNextPage = page.HasNextPage, HasPreviousPage = hasPrevious, StartCursor = edges.FirstOrDefault()?.Cursor, EndCursor = page.EndCursor };
        return new ConnectionPage<Interaction>(edges, info, token => db.Interactions.CountAsync(i => i.CustomerId == customerId, token));
    }

    private static string Joined(IReadOnlyList<string>? values) => values is null ? "" : string.Join(',', values);

    private static async Task<IPayload> RecordAsync(IResolveFieldContext ctx, RecordInteractionInput input)
    {
        if (!GlobalId.TryDecode(input.CustomerId, out var type, out var local) || type != "Customer" || !Guid.TryParseExact(local, "N", out var customerId))
        {
            return new RecordInteractionPayload(null, [new InputError(ContractErrorCodes.NotFound, "customerId is not the id of a customer.", ["input", "customerId"])]);
        }

        InteractionReference? concerns = null;
        if (input.Concerns is not null)
        {
            if (!GlobalId.TryDecode(input.Concerns, out var concernsType, out var concernsId))
            {
                return new RecordInteractionPayload(null, [new InputError(ErrorCodes.InvalidId, "concerns is not a global id.", ["input", "concerns"])]);
            }

            concerns = new InteractionReference(concernsType, concernsId);
        }

        var actor = ctx.RequestServices!.GetRequiredService<ICurrentUser>().Id;
        var result = await ctx.RequestServices!.GetRequiredService<IMediator>().Send(
            new RecordInteraction(customerId, input.Kind, input.Direction, input.OccurredAt, actor, input.Subject)
            {
                Summary = input.Summary,
                Outcome = input.Outcome,
                Participants = input.Participants,
                Concerns = concerns,
            },
            ctx.CancellationToken);
        if (!result.Succeeded)
        {
            return new RecordInteractionPayload(null, result.Errors.ToUserErrors());
        }

        var stored = await Service<InteractionsDbContext>(ctx).Interactions.AsNoTracking().FirstAsync(i => i.Id == result.Value.InteractionId, ctx.CancellationToken);
        return new RecordInteractionPayload(stored, []);
    }

    /// <summary>
    /// Record access on the timeline: an interaction belongs to whoever recorded it, so at OWN or TEAM level the
    /// timeline keeps only the authors within reach (the same filter as the <c>authors</c> argument, in the database).
    /// </summary>
    private static List<string>? VisibleAuthors(ICurrentUser user, List<string>? asked)
    {
        var reach = user.AccessLevelFor(InteractionsModule.Id) switch
        {
            RecordAccessLevel.All => null,
            RecordAccessLevel.Team => user.TeamMemberIds.ToList(),
            RecordAccessLevel.Own => [user.Id],
            _ => new List<string>(),
        };
        if (reach is null)
        {
            return asked;
        }

        // An empty list would mean "no filter"; an author nobody can be keeps the answer empty instead.
        var visible = asked is null ? reach : asked.Intersect(reach, StringComparer.Ordinal).ToList();
        return visible.Count > 0 ? visible : [NoAuthor];
    }

    // User ids are GUIDs or "system"; this one names nobody.
    private const string NoAuthor = "(nobody)";

    private static ICurrentUser User(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ICurrentUser>();

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();
}
