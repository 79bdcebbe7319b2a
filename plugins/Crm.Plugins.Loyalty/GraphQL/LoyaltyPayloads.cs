using Crm.Plugins.Loyalty.Domain;
using Crm.Plugins.Loyalty.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Plugins.Loyalty.GraphQL;

/// <summary>The payload of <c>quotePrice</c>: the quote, or typed errors (a promo code refused takes no use).</summary>
public sealed record QuotePayload(Quote? Quote, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static QuotePayload From(LoyaltyResult<Quote> result) => new(result.Value, result.Errors.ToUserErrors());
}

public sealed class QuotePayloadGraphType : PayloadGraphType<QuotePayload>
{
    public QuotePayloadGraphType()
    {
        Name = "QuotePricePayload";
        Field<QuoteGraphType>("quote").Resolve(c => c.Source.Quote).ResolvesWithoutServices();
    }
}

/// <summary>The payload of <c>createPromoCode</c>.</summary>
public sealed record PromoCodePayload(PromoCode? PromoCode, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static PromoCodePayload From(LoyaltyResult<PromoCode> result) => new(result.Value, result.Errors.ToUserErrors());
}

public sealed class PromoCodePayloadGraphType : PayloadGraphType<PromoCodePayload>
{
    public PromoCodePayloadGraphType()
    {
        Name = "PromoCodePayload";
        Field<PromoCodeGraphType>("promoCode").Resolve(c => c.Source.PromoCode).ResolvesWithoutServices();
    }
}

/// <summary>The payload of the mutations that change one client's standing: that standing afterwards.</summary>
public sealed record CustomerLoyaltyPayload(CustomerLoyalty? Loyalty, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static CustomerLoyaltyPayload Failure(IReadOnlyList<ContractError> errors) => new(null, errors.ToUserErrors());
}

public sealed class CustomerLoyaltyPayloadGraphType : PayloadGraphType<CustomerLoyaltyPayload>
{
    public CustomerLoyaltyPayloadGraphType()
    {
        Name = "CustomerLoyaltyPayload";
        Field<CustomerLoyaltyGraphType>("loyalty").Resolve(c => c.Source.Loyalty).ResolvesWithoutServices();
    }
}

/// <summary>The payload of <c>configureLoyaltyProgramme</c>.</summary>
public sealed record ProgrammePayload(LoyaltyProgramme? Programme, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static ProgrammePayload From(LoyaltyResult<LoyaltyProgramme> result) => new(result.Value, result.Errors.ToUserErrors());
}

public sealed class ProgrammePayloadGraphType : PayloadGraphType<ProgrammePayload>
{
    public ProgrammePayloadGraphType()
    {
        Name = "LoyaltyProgrammePayload";
        Field<LoyaltyProgrammeGraphType>("programme").Resolve(c => c.Source.Programme).ResolvesWithoutServices();
    }
}
