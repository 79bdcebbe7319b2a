using Crm.Modules.Agreements.Domain;
using Crm.Modules.Agreements.Storage;
using Crm.Modules.Agreements.UseCases;
using Crm.Sdk.Contracts;
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
        // Without the permission, or recorded by someone out of reach, an agreement is simply not there.
        schema.AddNode("Agreement", async (ctx, id) => Guid.TryParse(id, out var key) && User(ctx).HasPermission(AgreementsModule.ReadPermission)
            ? await Visible(ctx, Service<AgreementsDbContext>(ctx).Agreements.AsNoTracking()).Include(a => a.Claims).FirstOrDefaultAsync(a => a.Id == key, ctx.CancellationToken)
            : null);

        schema.Extend<IEntity>("Customer").Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementGraphType>>>>("agreements")
            .Description("Every agreement with the customer within your record access, newest first.")
            .Resolve(ctx => ctx.GetGroupLoader<Guid, Agreement>("crm.agreements.byCustomer", async (ids, ct) =>
                await Service<GetCustomerAgreements>(ctx).HandleAsync(ids.ToList(), ct)).Load(ctx.Source.Id)
                .Then(agreements => agreements.Where(a => User(ctx).CanAccess(AgreementsModule.Id, a.RecordedBy)).ToList()))
            .RequirePermission(AgreementsModule.ReadPermission);

        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementGraphType>>>>("agreementsExpiring")
            .Description("Agreements in force whose last day falls within the next `within` days, soonest first: the renewals to call about.")
            .Argument<NonNullGraphType<IntGraphType>>("within", "Days from today, 0 to 366.")
            .ResolveAsync(async ctx =>
            {
                var result = await Service<AgreementsExpiring>(ctx).HandleAsync(ctx.GetArgument<int>("within"), ctx.CancellationToken);
                return result.Succeeded
                    ? result.Value.Where(a => User(ctx).CanAccess(AgreementsModule.Id, a.RecordedBy)).ToList()
                    : throw new DomainException(result.Errors[0].Code, result.Errors[0].Message);
            })
            .RequirePermission(AgreementsModule.ReadPermission);

        schema.Mutation.PayloadField<RecordAgreementInputGraphType, RecordAgreementInput, AgreementPayloadGraphType>("recordAgreement", async (ctx, input) =>
            AgreementPayload.From(await Service<RecordAgreement>(ctx).HandleAsync(input.Agreement, Actor(ctx), ctx.CancellationToken)))
            .RequirePermission(AgreementsModule.WritePermission);
        schema.Mutation.PayloadField<ChangeAgreementStatusInputGraphType, ChangeAgreementStatusInput, AgreementPayloadGraphType>("changeAgreementStatus", async (ctx, input) =>
        {
            var id = GlobalId.DecodeGuid(input.Id, "Agreement");
            var exists = await Service<AgreementsDbContext>(ctx).Agreements.AnyAsync(a => a.Id == id, ctx.CancellationToken);
            var reachable = await Visible(ctx, Service<AgreementsDbContext>(ctx).Agreements).AnyAsync(a => a.Id == id, ctx.CancellationToken);
            return exists && !reachable
                ? AgreementPayload.From(AgreementResult.Failure(new ContractError(ContractErrorCodes.NotFound, $"No agreement has the id {id}.", "id")))
                : AgreementPayload.From(await Service<ChangeAgreementStatus>(ctx).HandleAsync(id, input.Version, input.Status, Actor(ctx), ctx.CancellationToken));
        }).RequirePermission(AgreementsModule.WritePermission);
    }

    /// <summary>Record access: an agreement belongs to whoever recorded it.</summary>
    private static IQueryable<Agreement> Visible(IResolveFieldContext ctx, IQueryable<Agreement> agreements) =>
        agreements.WhereAccessible(User(ctx), AgreementsModule.Id, a => a.RecordedBy);

    private static ICurrentUser User(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ICurrentUser>();

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();

    private static string Actor(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ICurrentUser>().Id;
}
