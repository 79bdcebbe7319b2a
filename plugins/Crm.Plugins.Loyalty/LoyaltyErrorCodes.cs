namespace Crm.Plugins.Loyalty;

/// <summary>The loyalty plugin's own error codes (besides the SDK's INVALID_INPUT, NOT_FOUND, CUSTOMER_ARCHIVED).</summary>
public static class LoyaltyErrorCodes
{
    /// <summary>The promo code has been used as many times as its total limit allows.</summary>
    public const string PromoCodeExhausted = "PROMO_CODE_EXHAUSTED";

    /// <summary>The promo code's validity ended.</summary>
    public const string PromoCodeExpired = "PROMO_CODE_EXPIRED";

    /// <summary>The promo code's validity has not begun.</summary>
    public const string PromoCodeNotStarted = "PROMO_CODE_NOT_STARTED";

    /// <summary>The promo code was issued to another client.</summary>
    public const string PromoCodeWrongClient = "PROMO_CODE_WRONG_CLIENT";

    /// <summary>This client has used the promo code as many times as its per-client limit allows.</summary>
    public const string PromoCodeClientLimit = "PROMO_CODE_CLIENT_LIMIT";

    /// <summary>The promo code is restricted to products none of the lines has.</summary>
    public const string PromoCodeNotApplicable = "PROMO_CODE_NOT_APPLICABLE";

    /// <summary>The client has fewer points than asked to spend.</summary>
    public const string InsufficientPoints = "INSUFFICIENT_POINTS";

    /// <summary>No enabled module answers product prices (crm.sales is off).</summary>
    public const string PricesUnavailable = "PRICES_UNAVAILABLE";

    /// <summary>A value that must be unique (card number, promo code) is taken.</summary>
    public const string Duplicate = "DUPLICATE";
}
