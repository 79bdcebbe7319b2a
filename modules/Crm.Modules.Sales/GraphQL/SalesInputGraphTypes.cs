using System.Globalization;
using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.UseCases;
using GraphQL.Types;

namespace Crm.Modules.Sales.GraphQL;

public sealed class StageInputGraphType : InputObjectGraphType<StageInput>
{
    public StageInputGraphType()
    {
        Name = "FunnelStageInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<IntGraphType>("probability").Description("Win chance in percent on entering the stage (WON is 100, LOST 0).");
        Field<EnumerationGraphType<StageOutcome>>("outcome").Description("OPEN (default), WON or LOST.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new StageInput(value.Text("name"), value.Get("probability") is int p ? p : 0, value.Get("outcome") is StageOutcome o ? o : StageOutcome.Open);
    }
}

public sealed class RuleInputGraphType : InputObjectGraphType<RuleInput>
{
    public RuleInputGraphType()
    {
        Name = "FunnelRuleInput";
        Field<NonNullGraphType<EnumerationGraphType<RuleTrigger>>>("trigger");
        Field<NonNullGraphType<StringGraphType>>("targetStage").Description("Name of the stage the rule moves to.");
        Field<StringGraphType>("interactionKind").Description("For INTERACTION_RECORDED: the kind, e.g. PROPOSAL.");
        Field<StringGraphType>("lossReasonCode").Description("When the target is the LOST stage.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new RuleInput((RuleTrigger)value.Get("trigger")!, value.Text("targetStage")) { InteractionKind = value.Get("interactionKind") as string, LossReasonCode = value.Get("lossReasonCode") as string };
    }
}

public sealed class DefineFunnelInputGraphType : InputObjectGraphType<FunnelInput>
{
    public DefineFunnelInputGraphType()
    {
        Name = "DefineFunnelInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StageInputGraphType>>>>("stages").Description("Open stages in order, plus one WON and one LOST.");
        Field<ListGraphType<NonNullGraphType<RuleInputGraphType>>>("rules");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new FunnelInput(value.Text("name"), value.List<StageInput>("stages")) { Rules = value.List<RuleInput>("rules") };
    }
}

/// <summary>Input of <c>defineLossReason</c>.</summary>
public sealed record LossReasonInput(string Code, string Name);

public sealed class LossReasonInputGraphType : InputObjectGraphType<LossReasonInput>
{
    public LossReasonInputGraphType()
    {
        Name = "DefineLossReasonInput";
        Field<NonNullGraphType<StringGraphType>>("code").Description("e.g. PRICE, COMPETITOR.");
        Field<NonNullGraphType<StringGraphType>>("name");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new LossReasonInput(value.Text("code"), value.Text("name"));
    }
}

/// <summary>Input of <c>defineProduct</c>.</summary>
public sealed record ProductInput(string Name, string Sku, decimal Price, string Currency, string Category);

public sealed class ProductInputGraphType : InputObjectGraphType<ProductInput>
{
    public ProductInputGraphType()
    {
        Name = "DefineProductInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("sku");
        Field<NonNullGraphType<DecimalGraphType>>("price");
        Field<NonNullGraphType<StringGraphType>>("currency");
        Field<NonNullGraphType<StringGraphType>>("category");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ProductInput(value.Text("name"), value.Text("sku"), value.Decimal("price"), value.Text("currency"), value.Text("category"));
    }
}

public sealed class OpenOpportunityInputGraphType : InputObjectGraphType<OpportunityInput>
{
    public OpenOpportunityInputGraphType()
    {
        Name = "OpenOpportunityInput";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<DecimalGraphType>>("amount");
        Field<NonNullGraphType<StringGraphType>>("currency");
        Field<NonNullGraphType<StringGraphType>>("ownerId").Description("User id of the manager; must be an active user.");
        Field<NonNullGraphType<IdGraphType>>("funnelId");
        Field<IdGraphType>("stageId").Description("An open stage of that funnel; the first one when omitted.");
        Field<DateOnlyGraphType>("expectedCloseDate");
        Field<IntGraphType>("probability").Description("Percent; the stage's when omitted.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("productIds");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new OpportunityInput(value.Id("customerId", "Customer"), value.Text("title"), value.Decimal("amount"), value.Text("currency"), value.Text("ownerId"), value.Id("funnelId", "Funnel"))
        {
            StageId = value.OptionalId("stageId", "FunnelStage"),
            ExpectedCloseDate = value.Get("expectedCloseDate") as DateOnly?,
            Probability = value.Get("probability") as int?,
            ProductIds = value.Ids("productIds", "Product"),
        };
    }
}

/// <summary>Input of <c>moveOpportunity</c> and <c>loseOpportunity</c> (the latter ignores <see cref="StageId"/>).</summary>
public sealed record MoveInput(Guid Id, long Version, Guid StageId, string? LossReasonCode, string? Comment);

public sealed class MoveOpportunityInputGraphType : InputObjectGraphType<MoveInput>
{
    public MoveOpportunityInputGraphType()
    {
        Name = "MoveOpportunityInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<LongGraphType>>("version");
        Field<NonNullGraphType<IdGraphType>>("stageId").Description("A stage of the opportunity's own funnel.");
        Field<StringGraphType>("lossReasonCode").Description("Required when the stage is LOST.");
        Field<StringGraphType>("comment").Description("Required when the stage is LOST.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new MoveInput(value.Id("id", "Opportunity"), Convert.ToInt64(value.Get("version"), CultureInfo.InvariantCulture), value.Id("stageId", "FunnelStage"), value.Get("lossReasonCode") as string, value.Get("comment") as string);
    }
}

public sealed class LoseOpportunityInputGraphType : InputObjectGraphType<MoveInput>
{
    public LoseOpportunityInputGraphType()
    {
        Name = "LoseOpportunityInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<LongGraphType>>("version");
        Field<StringGraphType>("lossReasonCode").Description("A code from the loss reasons catalog; required.");
        Field<StringGraphType>("comment").Description("What the client said; required.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new MoveInput(value.Id("id", "Opportunity"), Convert.ToInt64(value.Get("version"), CultureInfo.InvariantCulture), Guid.Empty, value.Get("lossReasonCode") as string, value.Get("comment") as string);
    }
}

public sealed class PurchaseLineInputGraphType : InputObjectGraphType<PurchaseLineInput>
{
    public PurchaseLineInputGraphType()
    {
        Name = "PurchaseLineInput";
        Field<NonNullGraphType<IdGraphType>>("productId");
        Field<NonNullGraphType<DecimalGraphType>>("quantity");
        Field<DecimalGraphType>("unitPrice").Description("The catalog price when omitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new PurchaseLineInput(value.Id("productId", "Product"), value.Decimal("quantity"), value.Get("unitPrice") is null ? null : value.Decimal("unitPrice"));
    }
}

public sealed class RecordPurchaseInputGraphType : InputObjectGraphType<PurchaseInput>
{
    public RecordPurchaseInputGraphType()
    {
        Name = "RecordPurchaseInput";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt");
        Field<NonNullGraphType<StringGraphType>>("currency");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PurchaseLineInputGraphType>>>>("lines");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new PurchaseInput(value.Id("customerId", "Customer"), (DateTimeOffset)value.Get("occurredAt")!, value.Text("currency"), value.List<PurchaseLineInput>("lines"));
    }
}

public sealed class CaptureLeadInputGraphType : InputObjectGraphType<LeadInput>
{
    public CaptureLeadInputGraphType()
    {
        Name = "CaptureLeadInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<BooleanGraphType>("isPerson").Description("True for a private person; a company by default.");
        Field<NonNullGraphType<StringGraphType>>("ownerId");
        Field<StringGraphType>("source");
        Field<StringGraphType>("channel");
        Field<IdGraphType>("productOfInterestId");
        Field<StringGraphType>("phone");
        Field<StringGraphType>("email");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new LeadInput(value.Text("name"), value.Get("isPerson") is true, value.Text("ownerId"))
        {
            Source = value.Get("source") as string,
            Channel = value.Get("channel") as string,
            ProductOfInterestId = value.OptionalId("productOfInterestId", "Product"),
            Phone = value.Get("phone") as string,
            Email = value.Get("email") as string,
        };
    }
}

/// <summary>Input of <c>qualifyLead</c>.</summary>
public sealed record QualifyLeadInput(Guid Id, QualifyInput Opportunity);

public sealed class QualifyLeadInputGraphType : InputObjectGraphType<QualifyLeadInput>
{
    public QualifyLeadInputGraphType()
    {
        Name = "QualifyLeadInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title of the opportunity opened for the new client.");
        Field<NonNullGraphType<DecimalGraphType>>("amount");
        Field<NonNullGraphType<StringGraphType>>("currency");
        Field<NonNullGraphType<IdGraphType>>("funnelId");
        Field<DateOnlyGraphType>("expectedCloseDate");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new QualifyLeadInput(value.Id("id", "Lead"), new QualifyInput(value.Text("title"), value.Decimal("amount"), value.Text("currency"), value.Id("funnelId", "Funnel")) { ExpectedCloseDate = value.Get("expectedCloseDate") as DateOnly? });
    }
}

/// <summary>Input of <c>disqualifyLead</c>.</summary>
public sealed record DisqualifyLeadInput(Guid Id, string Reason);

public sealed class DisqualifyLeadInputGraphType : InputObjectGraphType<DisqualifyLeadInput>
{
    public DisqualifyLeadInputGraphType()
    {
        Name = "DisqualifyLeadInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("reason");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new DisqualifyLeadInput(value.Id("id", "Lead"), value.Text("reason"));
    }
}
