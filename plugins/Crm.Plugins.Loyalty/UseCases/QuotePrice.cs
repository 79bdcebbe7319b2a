using Crm.Plugins.Loyalty.Domain;
using Crm.Plugins.Loyalty.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Customers;
using Crm.Sdk.Contracts.Sales;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.Loyalty.UseCases;

/// <summary>
/// Prices lines for a client with every discount and why: list prices from the sales catalog (GetProducts), the
/// client's best discount (personal or card) on every line, then the promo code, if any, on the lines it covers.
/// A promo code that applies is redeemed (one use taken atomically), which is why this is a mutation.
/// </summary>
public sealed class QuotePrice(LoyaltyDbContext db, IMediator mediator, TimeProvider time)
{
    /// <summary>The most lines one quote may have.</summary>
    public const int MaxLines = 100;

    public async Task<LoyaltyResult<Quote>> HandleAsync(Guid customerId, IReadOnlyList<QuoteLineRequest> requested, string? promoCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requested);
        if (requested.Count is 0 or > MaxLines || requested.Any(l => l.Quantity <= 0))
        {
            return LoyaltyResult<Quote>.Failure(ContractErrorCodes.InvalidInput, $"A quote needs 1 to {MaxLines} lines, each with a positive quantity.", "lines");
        }

        var customer = customerId == Guid.Empty ? null : (await mediator.Send(new GetCustomerSummaries([customerId]), cancellationToken)).FirstOrDefault();
        if (customer is null)
        {
            return LoyaltyResult<Quote>.Failure(ContractErrorCodes.NotFound, "No customer has this id.", "customerId");
        }

        var priced = await PriceLinesAsync(requested, cancellationToken);
        if (priced.Error is { } priceError)
        {
            return new LoyaltyResult<Quote>(null, [priceError]);
        }

        var (percent, source) = await CustomerDiscounts.BestForAsync(db, customerId, cancellationToken);
        var lines = priced.Lines.Select(l =>
        {
            var discount = Money.PercentOf(l.ListAmount, percent);
            return l with { Discount = discount, Amount = l.ListAmount - discount };
        }).ToList();
        var discounts = new List<AppliedDiscount>();
        if (source is not null && lines.Sum(l => l.Discount) > 0)
        {
            discounts.Add(new AppliedDiscount(source.Source, source.Description, lines.Sum(l => l.Discount)));
        }

        Guid? redemption = null;
        if (!string.IsNullOrWhiteSpace(promoCode))
        {
            var promo = await ApplyPromoAsync(PromoCode.Normalize(promoCode), customerId, lines, cancellationToken);
            if (promo.Error is { } promoError)
            {
                return new LoyaltyResult<Quote>(null, [promoError]);
            }

            discounts.Add(promo.Discount!);
            redemption = promo.RedemptionId;
        }

        var listTotal = lines.Sum(l => l.ListAmount);
        var total = Math.Max(0m, listTotal - discounts.Sum(d => d.Amount));
        return LoyaltyResult<Quote>.Success(new Quote(customerId, priced.Currency, lines, listTotal, discounts, total, redemption));
    }

    private async Task<(IReadOnlyList<QuoteLine> Lines, string Currency, ContractError? Error)> PriceLinesAsync(IReadOnlyList<QuoteLineRequest> requested, CancellationToken cancellationToken)
    {
        IReadOnlyList<ProductSummary> products;
        try
        {
            products = await mediator.Send(new GetProducts(requested.Select(l => l.ProductId).Distinct().ToList()), cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // The contract says so: with crm.sales off nobody answers GetProducts and the mediator reports no handler.
            return ([], "", new ContractError(LoyaltyErrorCodes.PricesUnavailable, "No module answers product prices; enable crm.sales to quote.", "lines"));
        }

        var byId = products.ToDictionary(p => p.Id);
        var unknown = requested.FirstOrDefault(l => !byId.TryGetValue(l.ProductId, out var p) || !p.IsActive);
        if (unknown is not null)
        {
            return ([], "", new ContractError(ContractErrorCodes.NotFound, $"The product {unknown.ProductId} is not in the catalog (or no longer sold).", "lines"));
        }

        var currencies = requested.Select(l => byId[l.ProductId].Currency).Distinct(StringComparer.Ordinal).ToList();
        if (currencies.Count > 1)
        {
            return ([], "", new ContractError(ContractErrorCodes.InvalidInput, $"The products are priced in {string.Join(" and ", currencies)}; quote one currency at a time.", "lines"));
        }

        var lines = requested.Select(l =>
        {
            var product = byId[l.ProductId];
            var amount = Money.Round(product.Price * l.Quantity);
            return new QuoteLine(product.Id, product.Name, l.Quantity, product.Price, amount, 0m, amount);
        }).ToList();
        return (lines, currencies[0], null);
    }

    private async Task<(AppliedDiscount? Discount, Guid? RedemptionId, ContractError? Error)> ApplyPromoAsync(string code, Guid customerId, IReadOnlyList<QuoteLine> lines, CancellationToken cancellationToken)
    {
        var promo = await db.PromoCodes.AsNoTracking().Include(p => p.Products).FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (promo is null)
        {
            return (null, null, new ContractError(ContractErrorCodes.NotFound, $"There is no promo code {code}.", "promoCode"));
        }

        if (PromoCodeRules.CheckUse(promo, customerId, time.GetUtcNow().UtcDateTime) is { } refused)
        {
            return (null, null, refused);
        }

        if (PromoCodeRules.DiscountOn(promo, lines) is not { } discount)
        {
            return (null, null, new ContractError(LoyaltyErrorCodes.PromoCodeNotApplicable, $"The promo code {promo.Code} applies to none of these products.", "promoCode"));
        }

        var (redemption, error) = await new PromoCodeRedeemer(db, time).RedeemAsync(promo, customerId, discount, cancellationToken);
        var what = promo.Kind == PromoKind.Percent ? $"{promo.Value:0.##}%" : $"{promo.Value:0.00} off";
        var scope = promo.Products.Count == 0 ? "" : " on the products it covers";
        return error is null
            ? (new AppliedDiscount("PROMO_CODE", $"Promo code {promo.Code}: {what}{scope}", discount), redemption, null)
            : (null, null, error);
    }
}
