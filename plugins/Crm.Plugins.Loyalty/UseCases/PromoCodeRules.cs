using Crm.Plugins.Loyalty.Domain;
using Crm.Sdk.Contracts;

namespace Crm.Plugins.Loyalty.UseCases;

/// <summary>Whether a promo code may be used now by this client on these lines, and what it takes off.</summary>
internal static class PromoCodeRules
{
    public static ContractError? CheckUse(PromoCode code, Guid customerId, DateTime now)
    {
        if (now < code.ValidFrom)
        {
            return new ContractError(LoyaltyErrorCodes.PromoCodeNotStarted, $"The promo code {code.Code} is valid from {code.ValidFrom:u}.", "promoCode");
        }

        if (code.ValidTo is { } end && now >= end)
        {
            return new ContractError(LoyaltyErrorCodes.PromoCodeExpired, $"The promo code {code.Code} expired at {end:u}.", "promoCode");
        }

        return code.ForCustomerId is { } owner && owner != customerId
            ? new ContractError(LoyaltyErrorCodes.PromoCodeWrongClient, $"The promo code {code.Code} was issued to another client.", "promoCode")
            : null;
    }

    /// <summary>The discount on the lines the code applies to (all lines when it names no products); null when none does.</summary>
    public static decimal? DiscountOn(PromoCode code, IReadOnlyList<QuoteLine> lines)
    {
        var products = code.Products.Select(p => p.ProductId).ToHashSet();
        var eligible = lines.Where(l => products.Count == 0 || products.Contains(l.ProductId)).Sum(l => l.Amount);
        if (products.Count > 0 && !lines.Any(l => products.Contains(l.ProductId)))
        {
            return null;
        }

        return code.Kind == PromoKind.Percent ? Money.PercentOf(eligible, code.Value) : Math.Min(code.Value, eligible);
    }
}
