using Crm.Plugins.Competitors.Domain;
using Crm.Plugins.Competitors.UseCases;
using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Plugins.Competitors.GraphQL;

/// <summary>The competitors plugin's part of the schema, with <c>Customer.competitors</c>.</summary>
internal static class CompetitorsSchema
{
    public static void Configure(ISchemaBuilder schema)
    {
        schema.AddType<CompetitorGraphType>();
        schema.AddNode("Competitor", async (ctx, id) => Guid.TryParseExact(id, "N", out var key) ? await Service<CompetitorQueries>(ctx).FindAsync(key, ctx.CancellationToken) : null);

        schema.Extend<IEntity>("Customer").Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetitorGraphType>>>>("competitors")
            .Description("Competitors the client also buys from (one query for every customer on the page).")
            .RequirePermission(CompetitorPermissions.Read)
            .Resolve(ctx => ctx.GetGroupLoader<Guid, Competitor>("crm.competitors.byCustomer", (ids, ct) => Service<CompetitorQueries>(ctx).ForCustomersAsync(ids, ct)).Load(ctx.Source.Id));

        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetitorGraphType>>>>("competitors")
            .Description("Every competitor, by name.")
            .RequirePermission(CompetitorPermissions.Read)
            .ResolveAsync(async ctx => await Service<CompetitorQueries>(ctx).AllAsync(ctx.CancellationToken));
        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetitorScoreGraphType>>>>("competitorReport")
            .Description("Wins and losses against each competitor for deals closed in [from, to), with a split by product; most losses first.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to")
            .RequirePermission(CompetitorPermissions.Read)
            .ResolveAsync(async ctx =>
            {
                var result = await Service<CompetitorQueries>(ctx).ReportAsync(ctx.GetArgument<DateTimeOffset>("from"), ctx.GetArgument<DateTimeOffset>("to"), ctx.CancellationToken);
                return result.Value ?? throw new DomainException(result.Errors[0].Code, result.Errors[0].Message);
            });

        schema.Mutation.PayloadField<CreateCompetitorInputGraphType, CompetitorInput, CompetitorPayloadGraphType>("createCompetitor", async (ctx, input) =>
            CompetitorPayload.From(await Records(ctx).CreateAsync(input.Text("name"), input.OptionalText("website"), input.OptionalText("notes"), ctx.CancellationToken)))
            .RequirePermission(CompetitorPermissions.Write);
        schema.Mutation.PayloadField<AddSwotItemInputGraphType, CompetitorInput, CompetitorPayloadGraphType>("addSwotItem", async (ctx, input) =>
            CompetitorPayload.From(await Records(ctx).AddSwotAsync(input.Id("competitorId", "Competitor"), SwotInput.Quadrant(input), input.Text("text"), ctx.CancellationToken)))
            .RequirePermission(CompetitorPermissions.Write);
        schema.Mutation.PayloadField<RecordCompetitorActivityInputGraphType, CompetitorInput, CompetitorPayloadGraphType>("recordCompetitorActivity", async (ctx, input) =>
            CompetitorPayload.From(await Records(ctx).RecordActivityAsync(input.Id("competitorId", "Competitor"), input.Get<ActivityKind>("kind"), input.Text("description"), input.Get<DateOnly>("observedOn"), input.Text("source"), ctx.CancellationToken)))
            .RequirePermission(CompetitorPermissions.Write);
        schema.Mutation.PayloadField<LinkCustomerCompetitorInputGraphType, CompetitorInput, CompetitorPayloadGraphType>("linkCustomerCompetitor", async (ctx, input) =>
            CompetitorPayload.From(await Records(ctx).LinkCustomerAsync(input.Id("customerId", "Customer"), input.Id("competitorId", "Competitor"), input.OptionalText("note"), ctx.CancellationToken)))
            .RequirePermission(CompetitorPermissions.Write);
        schema.Mutation.PayloadField<UploadPositioningFileInputGraphType, CompetitorInput, PositioningFilePayloadGraphType>("uploadPositioningFile", async (ctx, input) =>
            PositioningFilePayload.From(await Service<UploadPositioningFile>(ctx).HandleAsync(input.Id("competitorId", "Competitor"), input.Text("fileName"), input.Text("contentType"), input.Text("contentBase64"), ctx.CancellationToken)))
            .RequirePermission(CompetitorPermissions.Write);
    }

    private static CompetitorRecords Records(IResolveFieldContext ctx) => Service<CompetitorRecords>(ctx);

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();
}
