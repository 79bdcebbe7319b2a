using Crm.Plugins.Loyalty.Domain;
using Crm.Plugins.Loyalty.UseCases;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Plugins.Loyalty.GraphQL;

/// <summary><c>Customer.loyalty</c>: the client's points, personal discount and cards.</summary>
public sealed class CustomerLoyaltyGraphType : CrmObjectGraphType<CustomerLoyalty>
{
    public CustomerLoyaltyGraphType()
    {
        Name = "CustomerLoyalty";
        Field<NonNullGraphType<LongGraphType>>("points").Description("Points the client can spend.").Resolve(c => c.Source.Points).ResolvesWithoutServices();
        Field<PersonalDiscountGraphType>("personalDiscount").Resolve(c => c.Source.PersonalDiscount).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiscountCardGraphType>>>>("cards").Resolve(c => c.Source.Cards).ResolvesWithoutServices();
    }
}

public sealed class PersonalDiscountGraphType : CrmObjectGraphType<PersonalDiscount>
{
    public PersonalDiscountGraphType()
    {
        Name = "PersonalDiscount";
        Field(d => d.Percent);
        Field(d => d.Reason);
    }
}

public sealed class DiscountCardGraphType : CrmObjectGraphType<DiscountCard>
{
    public DiscountCardGraphType()
    {
        Name = "DiscountCard";
        Field(c => c.Number);
        Field(c => c.Percent);
        Field(c => c.IsActive);
    }
}

public sealed class LoyaltyProgrammeGraphType : CrmObjectGraphType<LoyaltyProgramme>
{
    public LoyaltyProgrammeGraphType()
    {
        Name = "LoyaltyProgramme";
        Field(p => p.Name);
        Field(p => p.PointsPerUnit).Description("Points earned per unit of money paid.");
        Field(p => p.PointValue).Description("Money one point is worth when spent.");
    }
}

public sealed class PromoCodeGraphType : CrmObjectGraphType<PromoCode>
{
    public PromoCodeGraphType()
    {
        Name = "PromoCode";
        Field(p => p.Code);
        Field<NonNullGraphType<PromoKindGraphType>>("kind").Resolve(c => c.Source.Kind).ResolvesWithoutServices();
        Field(p => p.Value);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("validFrom").Resolve(c => Utc(c.Source.ValidFrom)).ResolvesWithoutServices();
        Field<DateTimeOffsetGraphType>("validTo").Resolve(c => c.Source.ValidTo is { } end ? Utc(end) : null).ResolvesWithoutServices();
        Field(p => p.TotalLimit, nullable: true);
        Field(p => p.PerClientLimit, nullable: true);
        Field(p => p.UsedCount);
        Field<IdGraphType>("forCustomerId").Resolve(c => c.Source.ForCustomerId is { } id ? GlobalId.Encode("Customer", id) : null).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("productIds").Description("Empty: every product.")
            .Resolve(c => c.Source.Products.Select(p => GlobalId.Encode("Product", p.ProductId))).ResolvesWithoutServices();
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}

public sealed class PromoKindGraphType : EnumerationGraphType<PromoKind>
{
    public PromoKindGraphType()
    {
        Name = "PromoKind";
    }
}

public sealed class QuoteGraphType : CrmObjectGraphType<Quote>
{
    public QuoteGraphType()
    {
        Name = "PriceQuote";
        Description = "A price with every discount applied and why.";
        Field(q => q.Currency);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuoteLineGraphType>>>>("lines").Resolve(c => c.Source.Lines).ResolvesWithoutServices();
        Field(q => q.ListTotal).Description("Before any discount.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AppliedDiscountGraphType>>>>("discounts").Description("In the order applied.").Resolve(c => c.Source.Discounts).ResolvesWithoutServices();
        Field(q => q.Total).Description("What the client pays.");
        Field<IdGraphType>("redemptionId").Description("The promo code use this quote took, if any.").Resolve(c => c.Source.RedemptionId is { } id ? id.ToString("N") : null).ResolvesWithoutServices();
    }
}

public sealed class QuoteLineGraphType : CrmObjectGraphType<QuoteLine>
{
    public QuoteLineGraphType()
    {
        Name = "PriceQuoteLine";
        Field<NonNullGraphType<IdGraphType>>("productId").Resolve(c => GlobalId.Encode("Product", c.Source.ProductId)).ResolvesWithoutServices();
        Field(l => l.Name);
        Field(l => l.Quantity);
        Field(l => l.UnitPrice);
        Field(l => l.ListAmount);
        Field(l => l.Discount).Description("The client's personal or card discount on this line.");
        Field(l => l.Amount);
    }
}

public sealed class AppliedDiscountGraphType : CrmObjectGraphType<AppliedDiscount>
{
    public AppliedDiscountGraphType()
    {
        Name = "AppliedDiscount";
        Field(d => d.Source).Description("PERSONAL, CARD or PROMO_CODE.");
        Field(d => d.Description).Description("Why, in words.");
        Field(d => d.Amount);
    }
}
