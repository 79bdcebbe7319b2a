using Crm.Plugins.Loyalty.Domain;

namespace Crm.Plugins.Loyalty.UseCases;

/// <summary>What <c>createPromoCode</c> needs.</summary>
public sealed record PromoCodeInput(
    string Code,
    PromoKind Kind,
    decimal Value,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidTo,
    int? TotalLimit,
    int? PerClientLimit,
    Guid? ForCustomerId,
    IReadOnlyList<Guid> ProductIds);
