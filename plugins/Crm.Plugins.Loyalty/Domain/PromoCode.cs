namespace Crm.Plugins.Loyalty.Domain;

/// <summary>
/// A promo code: a percentage or an amount off, valid for a period, with an optional total limit, an optional limit
/// per client, optionally for one client only and for some products only. <see cref="UsedCount"/> is raised only
/// by a conditional update, so concurrent redemptions never pass <see cref="TotalLimit"/>.
/// </summary>
public sealed class PromoCode
{
    public Guid Id { get; set; }

    /// <summary>Upper-case, as customers type it (compared upper-case).</summary>
    public string Code { get; set; } = "";

    public PromoKind Kind { get; set; }

    /// <summary>Percent (0–100] for <see cref="PromoKind.Percent"/>, money for <see cref="PromoKind.Amount"/>.</summary>
    public decimal Value { get; set; }

    public DateTime ValidFrom { get; set; }

    /// <summary>Exclusive end; null for a code without an end.</summary>
    public DateTime? ValidTo { get; set; }

    public int? TotalLimit { get; set; }

    public int? PerClientLimit { get; set; }

    /// <summary>When set, only this client may use the code.</summary>
    public Guid? ForCustomerId { get; set; }

    public int UsedCount { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<PromoCodeProduct> Products { get; set; } = [];

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();
}

/// <summary>How a promo code takes money off.</summary>
public enum PromoKind
{
    Percent,
    Amount,
}

/// <summary>A product a restricted promo code applies to; a code without any applies to every product.</summary>
public sealed class PromoCodeProduct
{
    public Guid PromoCodeId { get; set; }

    public Guid ProductId { get; set; }
}

/// <summary>
/// One use of a promo code by a client. <see cref="Sequence"/> counts the client's uses of the code and is unique per
/// (code, client), so two concurrent uses cannot both be the client's last allowed one.
/// </summary>
public sealed class PromoRedemption
{
    public Guid Id { get; set; }

    public Guid PromoCodeId { get; set; }

    public Guid CustomerId { get; set; }

    public int Sequence { get; set; }

    public decimal Discount { get; set; }

    public DateTime At { get; set; }
}
