using Crm.Plugins.Loyalty.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Plugins.Loyalty.GraphQL;

/// <summary>
/// The loyalty plugin's part of the schema. <c>quotePrice</c> is a mutation, not a query: a promo code it applies
/// uses up one of the code's limited uses.
/// </summary>
internal static class LoyaltySchema
{
    public static void Configure(ISchemaBuilder schema)
    {
        schema.Extend<IEntity>("Customer").Field<NonNullGraphType<CustomerLoyaltyGraphType>>("loyalty")
            .Description("The client's points, personal discount and discount cards (batched for a page of customers).")
            .RequirePermission(LoyaltyPermissions.Read)
            .Resolve(ctx => ctx.GetBatchLoader<Guid, CustomerLoyalty>("crm.loyalty.byCustomer", (ids, ct) => Service<LoyaltyQueries>(ctx).ForCustomersAsync(ids, ct)).Load(ctx.Source.Id));

        schema.Query.Field<NonNullGraphType<LoyaltyProgrammeGraphType>>("loyaltyProgramme")
            .RequirePermission(LoyaltyPermissions.Read)
            .ResolveAsync(async ctx => await Service<LoyaltyQueries>(ctx).ProgrammeAsync(ctx.CancellationToken));
        schema.Query.Field<PromoCodeGraphType>("promoCode")
            .Description("A promo code with how often it was used; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .RequirePermission(LoyaltyPermissions.Admin)
            .ResolveAsync(async ctx => await Service<LoyaltyQueries>(ctx).PromoCodeAsync(ctx.GetArgument<string>("code"), ctx.CancellationToken));

        schema.Mutation.PayloadField<QuotePriceInputGraphType, QuotePriceInput, QuotePayloadGraphType>("quotePrice", async (ctx, input) =>
            QuotePayload.From(await Service<QuotePrice>(ctx).HandleAsync(input.CustomerId, input.Lines, input.PromoCode, ctx.CancellationToken)))
            .RequirePermission(LoyaltyPermissions.Sell);
        schema.Mutation.PayloadField<SpendLoyaltyPointsInputGraphType, CustomerLoyaltyChangeInput, CustomerLoyaltyPayloadGraphType>("spendLoyaltyPoints", async (ctx, input) =>
            await StandingAfterAsync(ctx, input.CustomerId, (await Service<PointsLedger>(ctx).SpendAsync(input.CustomerId, input.Points, input.Text, ctx.CancellationToken)).Errors))
            .RequirePermission(LoyaltyPermissions.Sell);
        schema.Mutation.PayloadField<SetPersonalDiscountInputGraphType, CustomerLoyaltyChangeInput, CustomerLoyaltyPayloadGraphType>("setPersonalDiscount", async (ctx, input) =>
            await StandingAfterAsync(ctx, input.CustomerId, (await Service<ManageDiscounts>(ctx).SetPersonalDiscountAsync(input.CustomerId, input.Percent, input.Text, ctx.CancellationToken)).Errors))
            .RequirePermission(LoyaltyPermissions.Admin);
        schema.Mutation.PayloadField<IssueDiscountCardInputGraphType, CustomerLoyaltyChangeInput, CustomerLoyaltyPayloadGraphType>("issueDiscountCard", async (ctx, input) =>
            await StandingAfterAsync(ctx, input.CustomerId, (await Service<ManageDiscounts>(ctx).IssueCardAsync(input.CustomerId, input.Text, input.Percent, ctx.CancellationToken)).Errors))
            .RequirePermission(LoyaltyPermissions.Admin);
        schema.Mutation.PayloadField<CreatePromoCodeInputGraphType, PromoCodeInput, PromoCodePayloadGraphType>("createPromoCode", async (ctx, input) =>
            PromoCodePayload.From(await Service<CreatePromoCode>(ctx).HandleAsync(input, ctx.CancellationToken)))
            .RequirePermission(LoyaltyPermissions.Admin);
        schema.Mutation.PayloadField<ConfigureLoyaltyProgrammeInputGraphType, ConfigureProgrammeInput, ProgrammePayloadGraphType>("configureLoyaltyProgramme", async (ctx, input) =>
            ProgrammePayload.From(await Service<ManageDiscounts>(ctx).ConfigureProgrammeAsync(input.Name, input.PointsPerUnit, input.PointValue, ctx.CancellationToken)))
            .RequirePermission(LoyaltyPermissions.Admin);
    }

    private static async Task<IPayload> StandingAfterAsync(IResolveFieldContext ctx, Guid customerId, IReadOnlyList<ContractError> errors)
    {
        if (errors.Count > 0)
        {
            return CustomerLoyaltyPayload.Failure(errors);
        }

        var standing = await Service<LoyaltyQueries>(ctx).ForCustomersAsync([customerId], ctx.CancellationToken);
        return new CustomerLoyaltyPayload(standing[customerId], []);
    }

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();
}
