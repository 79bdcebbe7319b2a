using Crm.Modules.Tasks.Domain;
using Crm.Sdk.Contracts.Ownership;
using Crm.Sdk.GraphQL;
using GraphQL.Types;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Tasks.GraphQL;

/// <summary>The <c>Absence</c> node: a colleague away, with a substitute, and the open work he left.</summary>
public sealed class AbsenceGraphType : CrmObjectGraphType<Absence>
{
    public AbsenceGraphType()
    {
        this.IsNode("Absence");
        Description = "A colleague away for a period [from, to) and the substitute who carries on meanwhile.";
        Field(a => a.UserId).Description("The colleague who is away.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from").Resolve(c => ActivityGraphType.Utc(c.Source.From)).ResolvesWithoutServices();
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to").Description("Back at this moment (exclusive).").Resolve(c => ActivityGraphType.Utc(c.Source.To)).ResolvesWithoutServices();
        Field(a => a.SubstituteId);
        Field(a => a.Reason, nullable: true);
        Field(a => a.CreatedBy);
        Field<NonNullGraphType<LongGraphType>>("version").Resolve(c => c.Source.Version).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OwnedWorkGraphType>>>>("openWork")
            .Description("What the absent colleague still owns in every module (planned activities, open opportunities, active agreements), soonest due first.")
            .ResolveAsync(async ctx =>
            {
                var collect = new CollectOwnedWork(ctx.Source.UserId);
                await ctx.RequestServices!.GetRequiredService<IMediator>().Publish(collect, ctx.CancellationToken);
                return collect.Items;
            });
    }
}

/// <summary>One record a colleague owns, as its module describes it.</summary>
public sealed class OwnedWorkGraphType : CrmObjectGraphType<OwnedWork>
{
    public OwnedWorkGraphType()
    {
        Name = "OwnedWork";
        Field<NonNullGraphType<IdGraphType>>("record").Description("Global id of the record (an Activity, Opportunity, Agreement...).")
            .Resolve(c => GlobalId.Encode(c.Source.Record.Type, c.Source.Record.Id)).ResolvesWithoutServices();
        Field<IdGraphType>("customerId").Description("The client it concerns; null for work not tied to a client yet (a lead).")
            .Resolve(c => c.Source.CustomerId is { } customer ? GlobalId.Encode("Customer", customer) : null).ResolvesWithoutServices();
        Field(w => w.OwnerId);
        Field(w => w.Kind).Description("ACTIVITY, OPPORTUNITY, LEAD, AGREEMENT...");
        Field(w => w.Description);
        Field<DateTimeOffsetGraphType>("dueAt").Resolve(c => c.Source.DueAt).ResolvesWithoutServices();
        Field(w => w.SourceModule);
    }
}
