using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.UseCases;
using Crm.Sdk.GraphQL;
using Crm.Sdk.GraphQL.Connections;
using Crm.Sdk.GraphQL.Filtering;
using Crm.Sdk.Security;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Sales.GraphQL;

/// <summary>
/// The sales module's part of the schema. Reading needs <c>sales.read</c>, changing deals <c>sales.write</c>, the
/// funnels and catalogs <c>sales.admin</c>. Opportunities and leads are filtered by the caller's record access.
/// </summary>
internal static class SalesSchema
{
    /// <summary>The timeline kind this module adds: a proposal sent, which funnel rules may react to.</summary>
    public const string ProposalKind = "PROPOSAL";

    public static void Configure(ISchemaBuilder schema)
    {
        schema.AddType<OpportunityGraphType>();
        schema.AddType<LeadGraphType>();
        // The demo funnel's rule moves a deal to "Proposal sent" when a PROPOSAL lands in the timeline.
        schema.ExtendEnum("InteractionKind", ProposalKind, "A commercial proposal sent to the client (crm.sales).");
        schema.AddNode("Opportunity", async (ctx, id) => Guid.TryParse(id, out var key)
            ? await Opportunities(ctx).FirstOrDefaultAsync(o => o.Id == key, ctx.CancellationToken)
            : null);
        schema.AddNode("Lead", async (ctx, id) => Guid.TryParse(id, out var key)
            ? await Leads(ctx).FirstOrDefaultAsync(l => l.Id == key, ctx.CancellationToken)
            : null);
        ConfigureQueries(schema);
        ConfigureMutations(schema);
    }

    private static void ConfigureQueries(ISchemaBuilder schema)
    {
        schema.Query.Connection<OpportunityGraphType, Opportunity>("opportunities")
            .Description("Opportunities within your reach, newest first unless ordered otherwise; filter by any field (status, ownerId, amount, createdAt...).")
            .Filterable().Sortable().OrderBy("createdAt", SortDirection.Desc)
            .RequirePermission(SalesModule.Read)
            .Resolve(Opportunities);

        var refusals = schema.Query.Connection<OpportunityGraphType, Opportunity>("refusals")
            .Description("Lost opportunities — each a future offer — by reason, product, manager and closing period, latest first.")
            .OrderBy("updatedAt", SortDirection.Desc)
            .RequirePermission(SalesModule.Read);
        refusals.FieldType.Arguments!.Add(new QueryArgument<StringGraphType> { Name = "reasonCode" });
        refusals.FieldType.Arguments.Add(new QueryArgument<IdGraphType> { Name = "productId" });
        refusals.FieldType.Arguments.Add(new QueryArgument<StringGraphType> { Name = "ownerId" });
        refusals.FieldType.Arguments.Add(new QueryArgument<DateTimeOffsetGraphType> { Name = "from", Description = "Closed at or after." });
        refusals.FieldType.Arguments.Add(new QueryArgument<DateTimeOffsetGraphType> { Name = "to", Description = "Closed before." });
        refusals.Resolve(ctx => Service<Refusals>(ctx).Matching(new RefusalFilter
        {
            ReasonCode = ctx.GetArgument<string?>("reasonCode"),
            ProductId = ctx.GetArgument<string?>("productId") is { } product ? InputValues.Decode(product, "Product") : null,
            OwnerId = ctx.GetArgument<string?>("ownerId"),
            From = ctx.GetArgument<DateTimeOffset?>("from"),
            To = ctx.GetArgument<DateTimeOffset?>("to"),
        }));

        schema.Query.Connection<LeadGraphType, Lead>("leads")
            .Description("Leads within your reach, newest first.")
            .Filterable().Sortable().OrderBy("createdAt", SortDirection.Desc)
            .RequirePermission(SalesModule.Read)
            .Resolve(Leads);

        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunnelGraphType>>>>("funnels")
            .Description("Every funnel with its stages and rules, by name.")
            .RequirePermission(SalesModule.Read)
            .ResolveAsync(async ctx => await Service<SalesDbContext>(ctx).Funnels.AsNoTracking().Include(f => f.Stages).Include(f => f.Rules).OrderBy(f => f.Name).ToListAsync(ctx.CancellationToken));
        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LossReasonGraphType>>>>("lossReasons")
            .Description("The catalog of reasons clients refuse.")
            .RequirePermission(SalesModule.Read)
            .ResolveAsync(async ctx => await Service<SalesDbContext>(ctx).LossReasons.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ctx.CancellationToken));
        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductGraphType>>>>("products")
            .Description("The product catalog by category and name.")
            .RequirePermission(SalesModule.Read)
            .ResolveAsync(async ctx => await Service<SalesDbContext>(ctx).Products.AsNoTracking().OrderBy(p => p.Category).ThenBy(p => p.Name).ToListAsync(ctx.CancellationToken));

        schema.Query.Field<NonNullGraphType<FunnelReportGraphType>>("funnelReport")
            .Description("Counts, amounts and conversion per stage, per manager, and lost deals by reason, for opportunities created in [from, to).")
            .Argument<NonNullGraphType<IdGraphType>>("funnelId")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to")
            .Argument<StringGraphType>("ownerId", "Only this manager's opportunities.")
            .RequirePermission(SalesModule.Read)
            .ResolveAsync(async ctx =>
            {
                var query = new FunnelReportQuery(InputValues.Decode(ctx.GetArgument<string>("funnelId"), "Funnel"), ctx.GetArgument<DateTimeOffset>("from"), ctx.GetArgument<DateTimeOffset>("to"), ctx.GetArgument<string?>("ownerId"));
                var result = await Service<BuildFunnelReport>(ctx).HandleAsync(query, ctx.CancellationToken);
                return result.Succeeded ? result.Value : throw new DomainException(result.Errors[0].Code, result.Errors[0].Message);
            });

        schema.Extend<IEntity>("Customer").Field<NonNullGraphType<ListGraphType<NonNullGraphType<OpportunityGraphType>>>>("opportunities")
            .Description("The customer's opportunities within your reach, newest first.")
            .RequirePermission(SalesModule.Read)
            .Resolve(ctx => ctx.GetGroupLoader<Guid, Opportunity>("crm.sales.byCustomer", async (ids, ct) =>
                (await Opportunities(ctx).Where(o => ids.Contains(o.CustomerId)).OrderByDescending(o => o.CreatedAt).ToListAsync(ct)).ToLookup(o => o.CustomerId)).Load(ctx.Source.Id));
    }

    private static void ConfigureMutations(ISchemaBuilder schema)
    {
        schema.Mutation.PayloadField<DefineFunnelInputGraphType, FunnelInput, FunnelPayloadGraphType>("defineFunnel", async (ctx, input) =>
            SalesPayload<Funnel>.From(await Service<DefineFunnel>(ctx).HandleAsync(input, ctx.CancellationToken))).RequirePermission(SalesModule.Admin);
        schema.Mutation.PayloadField<LossReasonInputGraphType, LossReasonInput, LossReasonPayloadGraphType>("defineLossReason", async (ctx, input) =>
            SalesPayload<LossReason>.From(await Service<DefineCatalog>(ctx).AddLossReasonAsync(input.Code, input.Name, ctx.CancellationToken))).RequirePermission(SalesModule.Admin);
        schema.Mutation.PayloadField<ProductInputGraphType, ProductInput, ProductPayloadGraphType>("defineProduct", async (ctx, input) =>
            SalesPayload<Product>.From(await Service<DefineCatalog>(ctx).AddProductAsync(input.Name, input.Sku, input.Price, input.Currency, input.Category, ctx.CancellationToken))).RequirePermission(SalesModule.Admin);

        schema.Mutation.PayloadField<OpenOpportunityInputGraphType, OpportunityInput, OpportunityPayloadGraphType>("openOpportunity", async (ctx, input) =>
            SalesPayload<Opportunity>.From(await Service<OpenOpportunity>(ctx).HandleAsync(input, Actor(ctx), ctx.CancellationToken))).RequirePermission(SalesModule.Write);
        schema.Mutation.PayloadField<MoveOpportunityInputGraphType, MoveInput, OpportunityPayloadGraphType>("moveOpportunity", async (ctx, input) =>
            SalesPayload<Opportunity>.From(await Service<MoveOpportunity>(ctx).HandleAsync(input.Id, input.Version, input.StageId, input.LossReasonCode, input.Comment, ctx.CancellationToken))).RequirePermission(SalesModule.Write);
        schema.Mutation.PayloadField<LoseOpportunityInputGraphType, MoveInput, OpportunityPayloadGraphType>("loseOpportunity", async (ctx, input) =>
            SalesPayload<Opportunity>.From(await Service<MoveOpportunity>(ctx).LoseAsync(input.Id, input.Version, input.LossReasonCode, input.Comment, ctx.CancellationToken))).RequirePermission(SalesModule.Write);
        schema.Mutation.PayloadField<RecordPurchaseInputGraphType, PurchaseInput, PurchasePayloadGraphType>("recordPurchase", async (ctx, input) =>
            SalesPayload<Purchase>.From(await Service<RecordPurchase>(ctx).HandleAsync(input, Actor(ctx), ctx.CancellationToken))).RequirePermission(SalesModule.Write);

        schema.Mutation.PayloadField<CaptureLeadInputGraphType, LeadInput, LeadPayloadGraphType>("captureLead", async (ctx, input) =>
            SalesPayload<Lead>.From(await Service<ManageLeads>(ctx).CaptureAsync(input, ctx.CancellationToken))).RequirePermission(SalesModule.Write);
        schema.Mutation.PayloadField<QualifyLeadInputGraphType, QualifyLeadInput, LeadPayloadGraphType>("qualifyLead", async (ctx, input) =>
            SalesPayload<Lead>.From(await Service<ManageLeads>(ctx).QualifyAsync(input.Id, input.Opportunity, ctx.CancellationToken))).RequirePermission(SalesModule.Write);
        schema.Mutation.PayloadField<DisqualifyLeadInputGraphType, DisqualifyLeadInput, LeadPayloadGraphType>("disqualifyLead", async (ctx, input) =>
            SalesPayload<Lead>.From(await Service<ManageLeads>(ctx).DisqualifyAsync(input.Id, input.Reason, ctx.CancellationToken))).RequirePermission(SalesModule.Write);
    }

    private static IQueryable<Opportunity> Opportunities(IResolveFieldContext ctx) =>
        Service<SalesDbContext>(ctx).Opportunities.AsNoTracking().WhereAccessible(Service<ICurrentUser>(ctx), SalesModule.Id, o => o.OwnerId);

    private static IQueryable<Lead> Leads(IResolveFieldContext ctx) =>
        Service<SalesDbContext>(ctx).Leads.AsNoTracking().WhereAccessible(Service<ICurrentUser>(ctx), SalesModule.Id, l => l.OwnerId);

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();

    private static string Actor(IResolveFieldContext ctx) => Service<ICurrentUser>(ctx).Id;
}
