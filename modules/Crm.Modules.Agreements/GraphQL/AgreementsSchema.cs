using Crm.Modules.Agreements.Domain;
using Crm.Modules.Agreements.Storage;
using Crm.Modules.Agreements.UseCases;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Security;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Agreements.GraphQL;

/// <summary>The agreements module's part of the schema; it extends <c>Customer</c> by name.</summary>
internal static class AgreementsSchema
{
    public static void Configure(ISchemaBuilder schema)
    {
        schema.AddType<AgreementGraphType>();
        schema.AddType<ResourceConflictErrorGraphType>();
        schema.AddNode("Agreement", async (ctx, id) => Guid.TryParse(id, out var key)
            ? await Service<AgreementsDbContext>(ctx).Agreements.AsNoTracking().Include(a => a.Claims).FirstOrDefaultAsync(a => a.Id == key, ctx.CancellationToken)
            : null);

        schema.Extend<IEntity>("Customer").Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementGraphType>>>>("agreements")
            .Description("Every agreement with the customer, newest first.")
            .Resolve(ctx => ctx.GetGroupLoader<Guid, Agreement>("crm.agreements.byCustomer", async (ids, ct) =>
                await Service<GetCustomerAgreements>(ctx).HandleAsync(ids.ToList(), ct)).Load(ctx.Source.Id));

        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementGraphType>>>>("agreementsExpiring")
            .Description("Agreements in force whose last day falls within the next `within` days, soonest first: the renewals to call about.")
            .Argument<NonNullGraphType<IntGraphType>>("within", "Days from today, 0 to 366.")
            .ResolveAsync(async ctx =>
            {
                var result = await Service<AgreementsExpiring>(ctx).HandleAsync(ctx.GetArgument<int>("within"), ctx.CancellationToken);
                return result.Succeeded ? result.Value : throw new DomainException(result.Errors[0].Code, result.Errors[0].Message);
            });

        schema.Mutation.PayloadField<RecordAgreementInputGraphType, RecordAgreementInput, AgreementPayloadGraphType>("recordAgreement", async (ctx, input) =>
            AgreementPayload.From(await Service<RecordAgreement>(ctx).HandleAsync(input.Agreement, Actor(ctx), ctx.CancellationToken)));
        schema.Mutation.PayloadField<ChangeAgreementStatusInputGraphType, ChangeAgreementStatusInput, AgreementPayloadGraphType>("changeAgreementStatus", async (ctx, input) =>
            AgreementPayload.From(await Service<ChangeAgreementStatus>(ctx).HandleAsync(GlobalId.DecodeGuid(input.Id, "Agreement"), input.Version, input.Status, Actor(ctx), ctx.CancellationToken)));
    }

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();

    private static string Actor(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ICurrentUser>().Id;
}
