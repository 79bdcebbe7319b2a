using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Sales.GraphQL;

/// <summary>The <c>Opportunity</c> node: a chance to sell, where it stands in its funnel, and why it was lost if it was.</summary>
public sealed class OpportunityGraphType : CrmObjectGraphType<Opportunity>
{
    public OpportunityGraphType()
    {
        this.IsNode("Opportunity");
        Description = "A chance to sell to a client, moving through an admin-defined funnel.";
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("Global id of the client.").Resolve(c => GlobalId.Encode("Customer", c.Source.CustomerId)).ResolvesWithoutServices();
        Field(o => o.Title);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Resolve(c => c.Source.Amount).ResolvesWithoutServices();
        Field(o => o.Currency);
        Field<DateOnlyGraphType>("expectedCloseDate").Resolve(c => c.Source.ExpectedCloseDate).ResolvesWithoutServices();
        Field(o => o.Probability).Description("Win probability in percent.");
        Field(o => o.OwnerId).Description("User id of the manager working on it.");
        Field<NonNullGraphType<EnumerationGraphType<OpportunityStatus>>>("status").Resolve(c => c.Source.Status).ResolvesWithoutServices();
        Field<NonNullGraphType<IdGraphType>>("funnelId").Resolve(c => GlobalId.Encode("Funnel", c.Source.FunnelId)).ResolvesWithoutServices();
        Field<NonNullGraphType<FunnelStageGraphType>>("stage").Resolve(c => c.GetBatchLoader<Guid, FunnelStage>("crm.sales.stages", async (ids, ct) =>
            await c.RequestServices!.GetRequiredService<SalesDbContext>().Stages.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => (FunnelStage?)s, ct)).Load(c.Source.StageId));
        Field<StringGraphType>("lossReasonCode").Resolve(c => c.Source.LossReasonCode).ResolvesWithoutServices();
        Field<StringGraphType>("lossComment").Resolve(c => c.Source.LossComment).ResolvesWithoutServices();
        Field<DateTimeOffsetGraphType>("closedAt").Resolve(c => c.Source.ClosedAt is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : (DateTimeOffset?)null).ResolvesWithoutServices();
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => new DateTimeOffset(c.Source.CreatedAt, TimeSpan.Zero)).ResolvesWithoutServices();
        Field<NonNullGraphType<LongGraphType>>("version").Resolve(c => c.Source.Version).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductGraphType>>>>("products").Resolve(c => c.GetGroupLoader<Guid, Product>("crm.sales.opportunityProducts", async (ids, ct) =>
        {
            var db = c.RequestServices!.GetRequiredService<SalesDbContext>();
            var rows = await db.OpportunityProducts.AsNoTracking().Where(p => ids.Contains(p.OpportunityId))
                .Join(db.Products.AsNoTracking(), link => link.ProductId, product => product.Id, (link, product) => new { link.OpportunityId, Product = product })
                .ToListAsync(ct);
            return rows.ToLookup(r => r.OpportunityId, r => r.Product);
        }).Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StageMoveGraphType>>>>("moves").Description("The recorded stage moves, oldest first.").ResolveAsync(async c =>
            await c.RequestServices!.GetRequiredService<SalesDbContext>().StageMoves.AsNoTracking().Where(m => m.OpportunityId == c.Source.Id).OrderBy(m => m.MovedAt).ThenBy(m => m.Id).ToListAsync(c.CancellationToken));
    }
}

/// <summary>One recorded stage move.</summary>
public sealed class StageMoveGraphType : CrmObjectGraphType<StageMove>
{
    public StageMoveGraphType()
    {
        Name = "StageMove";
        Field<IdGraphType>("fromStageId").Resolve(c => c.Source.FromStageId is { } id ? GlobalId.Encode("FunnelStage", id) : null).ResolvesWithoutServices();
        Field<NonNullGraphType<IdGraphType>>("toStageId").Resolve(c => GlobalId.Encode("FunnelStage", c.Source.ToStageId)).ResolvesWithoutServices();
        Field(m => m.MovedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("movedAt").Resolve(c => new DateTimeOffset(c.Source.MovedAt, TimeSpan.Zero)).ResolvesWithoutServices();
        Field<StringGraphType>("rule").Description("The funnel rule that made the move; null when a person did.").Resolve(c => c.Source.Rule).ResolvesWithoutServices();
    }
}

/// <summary>A funnel with its ordered stages and rules.</summary>
public sealed class FunnelGraphType : CrmObjectGraphType<Funnel>
{
    public FunnelGraphType()
    {
        Name = "Funnel";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode("Funnel", c.Source.Id)).ResolvesWithoutServices();
        Field(f => f.Name);
        Field(f => f.IsActive);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunnelStageGraphType>>>>("stages").Resolve(c => c.Source.Stages.OrderBy(s => s.Position)).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FunnelRuleGraphType>>>>("rules").Resolve(c => c.Source.Rules).ResolvesWithoutServices();
    }
}

public sealed class FunnelStageGraphType : CrmObjectGraphType<FunnelStage>
{
    public FunnelStageGraphType()
    {
        Name = "FunnelStage";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode("FunnelStage", c.Source.Id)).ResolvesWithoutServices();
        Field(s => s.Name);
        Field(s => s.Position);
        Field<NonNullGraphType<EnumerationGraphType<StageOutcome>>>("outcome").Resolve(c => c.Source.Outcome).ResolvesWithoutServices();
        Field(s => s.Probability);
    }
}

public sealed class FunnelRuleGraphType : CrmObjectGraphType<FunnelRule>
{
    public FunnelRuleGraphType()
    {
        Name = "FunnelRule";
        Field<NonNullGraphType<EnumerationGraphType<RuleTrigger>>>("trigger").Resolve(c => c.Source.Trigger).ResolvesWithoutServices();
        Field<StringGraphType>("interactionKind").Resolve(c => c.Source.InteractionKind).ResolvesWithoutServices();
        Field<NonNullGraphType<IdGraphType>>("targetStageId").Resolve(c => GlobalId.Encode("FunnelStage", c.Source.TargetStageId)).ResolvesWithoutServices();
        Field<StringGraphType>("lossReasonCode").Resolve(c => c.Source.LossReasonCode).ResolvesWithoutServices();
    }
}

public sealed class LossReasonGraphType : CrmObjectGraphType<LossReason>
{
    public LossReasonGraphType()
    {
        Name = "LossReason";
        Field(r => r.Code);
        Field(r => r.Name);
        Field(r => r.IsActive);
    }
}

public sealed class ProductGraphType : CrmObjectGraphType<Product>
{
    public ProductGraphType()
    {
        Name = "Product";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode("Product", c.Source.Id)).ResolvesWithoutServices();
        Field(p => p.Name);
        Field(p => p.Sku);
        Field<NonNullGraphType<DecimalGraphType>>("price").Resolve(c => c.Source.Price).ResolvesWithoutServices();
        Field(p => p.Currency);
        Field(p => p.Category);
        Field(p => p.IsActive);
    }
}

public sealed class PurchaseGraphType : CrmObjectGraphType<Purchase>
{
    public PurchaseGraphType()
    {
        Name = "Purchase";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode("Purchase", c.Source.Id)).ResolvesWithoutServices();
        Field<NonNullGraphType<IdGraphType>>("customerId").Resolve(c => GlobalId.Encode("Customer", c.Source.CustomerId)).ResolvesWithoutServices();
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Resolve(c => new DateTimeOffset(c.Source.OccurredAt, TimeSpan.Zero)).ResolvesWithoutServices();
        Field<NonNullGraphType<DecimalGraphType>>("amount").Resolve(c => c.Source.Amount).ResolvesWithoutServices();
        Field(p => p.Currency);
        Field(p => p.RecordedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PurchaseLineGraphType>>>>("lines").Resolve(c => c.Source.Lines).ResolvesWithoutServices();
    }
}

public sealed class PurchaseLineGraphType : CrmObjectGraphType<PurchaseItem>
{
    public PurchaseLineGraphType()
    {
        Name = "PurchaseLine";
        Field<NonNullGraphType<IdGraphType>>("productId").Resolve(c => GlobalId.Encode("Product", c.Source.ProductId)).ResolvesWithoutServices();
        Field(l => l.Sku);
        Field(l => l.Category);
        Field<NonNullGraphType<DecimalGraphType>>("quantity").Resolve(c => c.Source.Quantity).ResolvesWithoutServices();
        Field<NonNullGraphType<DecimalGraphType>>("unitPrice").Resolve(c => c.Source.UnitPrice).ResolvesWithoutServices();
    }
}

/// <summary>The <c>Lead</c> node: interest from someone who has not bought yet.</summary>
public sealed class LeadGraphType : CrmObjectGraphType<Lead>
{
    public LeadGraphType()
    {
        this.IsNode("Lead");
        Field(l => l.Name);
        Field(l => l.IsPerson);
        Field<StringGraphType>("source").Resolve(c => c.Source.Source).ResolvesWithoutServices();
        Field<StringGraphType>("channel").Resolve(c => c.Source.Channel).ResolvesWithoutServices();
        Field<IdGraphType>("productOfInterestId").Resolve(c => c.Source.ProductOfInterestId is { } id ? GlobalId.Encode("Product", id) : null).ResolvesWithoutServices();
        Field<StringGraphType>("phone").Resolve(c => c.Source.Phone).ResolvesWithoutServices();
        Field<StringGraphType>("email").Resolve(c => c.Source.Email).ResolvesWithoutServices();
        Field(l => l.OwnerId);
        Field<NonNullGraphType<EnumerationGraphType<LeadStatus>>>("status").Resolve(c => c.Source.Status).ResolvesWithoutServices();
        Field<StringGraphType>("disqualifyReason").Resolve(c => c.Source.DisqualifyReason).ResolvesWithoutServices();
        Field<IdGraphType>("customerId").Resolve(c => c.Source.CustomerId is { } id ? GlobalId.Encode("Customer", id) : null).ResolvesWithoutServices();
        Field<IdGraphType>("opportunityId").Resolve(c => c.Source.OpportunityId is { } id ? GlobalId.Encode("Opportunity", id) : null).ResolvesWithoutServices();
        Field<NonNullGraphType<LongGraphType>>("version").Resolve(c => c.Source.Version).ResolvesWithoutServices();
    }
}
