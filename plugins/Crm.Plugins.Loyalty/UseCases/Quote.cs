namespace Crm.Plugins.Loyalty.UseCases;

/// <summary>One line of a quote request: a catalog product and how many.</summary>
public sealed record QuoteLineRequest(Guid ProductId, decimal Quantity);

/// <summary>A priced line: list amount, the client's discount on it, what remains.</summary>
public sealed record QuoteLine(Guid ProductId, string Name, decimal Quantity, decimal UnitPrice, decimal ListAmount, decimal Discount, decimal Amount);

/// <summary>One discount applied, where it came from (PERSONAL, CARD, PROMO_CODE) and why, and how much it took off.</summary>
public sealed record AppliedDiscount(string Source, string Description, decimal Amount);

/// <summary>The price with every discount applied and why; <see cref="RedemptionId"/> is the promo code use it consumed.</summary>
public sealed record Quote(
    Guid CustomerId,
    string Currency,
    IReadOnlyList<QuoteLine> Lines,
    decimal ListTotal,
    IReadOnlyList<AppliedDiscount> Discounts,
    decimal Total,
    Guid? RedemptionId);
