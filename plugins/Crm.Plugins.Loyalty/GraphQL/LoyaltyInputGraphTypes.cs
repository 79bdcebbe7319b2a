using System.Globalization;
using Crm.Plugins.Loyalty.Domain;
using Crm.Plugins.Loyalty.UseCases;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Plugins.Loyalty.GraphQL;

/// <summary>Input of <c>quotePrice</c>.</summary>
public sealed record QuotePriceInput(Guid CustomerId, IReadOnlyList<QuoteLineRequest> Lines, string? PromoCode);

public sealed class QuoteLineInputGraphType : InputObjectGraphType<QuoteLineRequest>
{
    public QuoteLineInputGraphType()
    {
        Name = "PriceQuoteLineInput";
        Field<NonNullGraphType<IdGraphType>>("productId").Description("A Product id of the sales catalog.");
        Field<NonNullGraphType<DecimalGraphType>>("quantity");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new QuoteLineRequest(Ids.Decode(value["productId"], "Product"), Convert.ToDecimal(value["quantity"], CultureInfo.InvariantCulture));
    }
}

public sealed class QuotePriceInputGraphType : InputObjectGraphType<QuotePriceInput>
{
    public QuotePriceInputGraphType()
    {
        Name = "QuotePriceInput";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuoteLineInputGraphType>>>>("lines");
        Field<StringGraphType>("promoCode").Description("Applied, and one use taken, when it is valid for this client and these products.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new QuotePriceInput(
            Ids.Decode(value["customerId"], "Customer"),
            (value["lines"] as IEnumerable<object?>)?.OfType<QuoteLineRequest>().ToList() ?? [],
            value.TryGetValue("promoCode", out var code) ? code as string : null);
    }
}

public sealed class CreatePromoCodeInputGraphType : InputObjectGraphType<PromoCodeInput>
{
    public CreatePromoCodeInputGraphType()
    {
        Name = "CreatePromoCodeInput";
        Field<NonNullGraphType<StringGraphType>>("code");
        Field<NonNullGraphType<PromoKindGraphType>>("kind");
        Field<NonNullGraphType<DecimalGraphType>>("value").Description("Percent for PERCENT, money for AMOUNT.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("validFrom");
        Field<DateTimeOffsetGraphType>("validTo").Description("Exclusive end; leave out for no end.");
        Field<IntGraphType>("totalLimit");
        Field<IntGraphType>("perClientLimit");
        Field<IdGraphType>("forCustomerId").Description("Only this client may use it.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("productIds").Description("Only these products; leave out for all.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        object? Get(string key) => value.TryGetValue(key, out var member) ? member : null;
        return new PromoCodeInput(
            Get("code") as string ?? "",
            Get("kind") is PromoKind kind ? kind : PromoKind.Percent,
            Convert.ToDecimal(Get("value"), CultureInfo.InvariantCulture),
            (DateTimeOffset)Get("validFrom")!,
            Get("validTo") as DateTimeOffset?,
            Get("totalLimit") as int?,
            Get("perClientLimit") as int?,
            Get("forCustomerId") is { } owner ? Ids.Decode(owner, "Customer") : null,
            (Get("productIds") as IEnumerable<object?>)?.Select(p => Ids.Decode(p, "Product")).ToList() ?? []);
    }
}

/// <summary>Input of <c>setPersonalDiscount</c>, <c>issueDiscountCard</c> and <c>spendLoyaltyPoints</c>: one client and what to do.</summary>
public sealed record CustomerLoyaltyChangeInput(Guid CustomerId, decimal Percent, string Text, long Points);

public sealed class SetPersonalDiscountInputGraphType : InputObjectGraphType<CustomerLoyaltyChangeInput>
{
    public SetPersonalDiscountInputGraphType()
    {
        Name = "SetPersonalDiscountInput";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<DecimalGraphType>>("percent").Description("0 removes the discount.");
        Field<StringGraphType>("reason");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new CustomerLoyaltyChangeInput(Ids.Decode(value["customerId"], "Customer"), Convert.ToDecimal(value["percent"], CultureInfo.InvariantCulture), value.TryGetValue("reason", out var r) ? r as string ?? "" : "", 0);
    }
}

public sealed class IssueDiscountCardInputGraphType : InputObjectGraphType<CustomerLoyaltyChangeInput>
{
    public IssueDiscountCardInputGraphType()
    {
        Name = "IssueDiscountCardInput";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<StringGraphType>>("number");
        Field<NonNullGraphType<DecimalGraphType>>("percent");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new CustomerLoyaltyChangeInput(Ids.Decode(value["customerId"], "Customer"), Convert.ToDecimal(value["percent"], CultureInfo.InvariantCulture), value["number"] as string ?? "", 0);
    }
}

public sealed class SpendLoyaltyPointsInputGraphType : InputObjectGraphType<CustomerLoyaltyChangeInput>
{
    public SpendLoyaltyPointsInputGraphType()
    {
        Name = "SpendLoyaltyPointsInput";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<LongGraphType>>("points");
        Field<NonNullGraphType<StringGraphType>>("reason");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new CustomerLoyaltyChangeInput(Ids.Decode(value["customerId"], "Customer"), 0, value["reason"] as string ?? "", Convert.ToInt64(value["points"], CultureInfo.InvariantCulture));
    }
}

/// <summary>Input of <c>configureLoyaltyProgramme</c>.</summary>
public sealed record ConfigureProgrammeInput(string Name, decimal PointsPerUnit, decimal PointValue);

public sealed class ConfigureLoyaltyProgrammeInputGraphType : InputObjectGraphType<ConfigureProgrammeInput>
{
    public ConfigureLoyaltyProgrammeInputGraphType()
    {
        Name = "ConfigureLoyaltyProgrammeInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<DecimalGraphType>>("pointsPerUnit");
        Field<NonNullGraphType<DecimalGraphType>>("pointValue");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ConfigureProgrammeInput(value["name"] as string ?? "", Convert.ToDecimal(value["pointsPerUnit"], CultureInfo.InvariantCulture), Convert.ToDecimal(value["pointValue"], CultureInfo.InvariantCulture));
    }
}

/// <summary>Global ids of the expected type, or <see cref="Guid.Empty"/> (which names nothing) for anything else.</summary>
internal static class Ids
{
    public static Guid Decode(object? value, string typeName) =>
        GlobalId.TryDecode(value?.ToString(), out var type, out var local) && type == typeName && Guid.TryParseExact(local, "N", out var id) ? id : Guid.Empty;
}
