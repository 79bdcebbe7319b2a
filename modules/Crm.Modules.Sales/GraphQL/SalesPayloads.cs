using Crm.Modules.Sales.Domain;
using Crm.Sdk.Contracts;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Modules.Sales.GraphQL;

/// <summary>The payload of every sales mutation: the record written, or the user's errors (and nothing written).</summary>
public sealed record SalesPayload<T>(T? Value, IReadOnlyList<IUserError> Errors) : IPayload
    where T : class
{
    public static SalesPayload<T> From(ContractResult<T> result) =>
        result.Succeeded ? new(result.Value, []) : new(null, result.Errors.ToUserErrors());
}

/// <summary>A payload type with one field holding the written record.</summary>
public abstract class SalesPayloadGraphType<TGraphType, T> : PayloadGraphType<SalesPayload<T>>
    where TGraphType : IGraphType
    where T : class
{
    protected SalesPayloadGraphType(string name, string field)
    {
        Name = name;
        Field<TGraphType>(field).Resolve(c => c.Source.Value).ResolvesWithoutServices();
    }
}

public sealed class OpportunityPayloadGraphType() : SalesPayloadGraphType<OpportunityGraphType, Opportunity>("OpportunityPayload", "opportunity");

public sealed class FunnelPayloadGraphType() : SalesPayloadGraphType<FunnelGraphType, Funnel>("FunnelPayload", "funnel");

public sealed class LossReasonPayloadGraphType() : SalesPayloadGraphType<LossReasonGraphType, LossReason>("LossReasonPayload", "lossReason");

public sealed class ProductPayloadGraphType() : SalesPayloadGraphType<ProductGraphType, Product>("ProductPayload", "product");

public sealed class PurchasePayloadGraphType() : SalesPayloadGraphType<PurchaseGraphType, Purchase>("PurchasePayload", "purchase");

public sealed class LeadPayloadGraphType() : SalesPayloadGraphType<LeadGraphType, Lead>("LeadPayload", "lead");
