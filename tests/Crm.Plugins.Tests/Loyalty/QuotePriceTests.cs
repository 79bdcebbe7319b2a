using Crm.Plugins.Tests.Catalog;
using Crm.Plugins.Tests.Support;
using Crm.Sdk.GraphQL;
using static Crm.Plugins.Tests.Loyalty.LoyaltyRequests;

namespace Crm.Plugins.Tests.Loyalty;

/// <summary>
/// crm.loyalty's quotePrice over HTTP in a running host: every discount applied and explained, and each way a promo
/// code can be refused, each leaving the code's use count as it was.
/// </summary>
public sealed class QuotePriceTests(LoyaltyHost fixture) : IClassFixture<LoyaltyHost>
{
    private PluginTestHost Host => fixture.Host;

    [Fact]
    public async Task A_quote_applies_the_best_client_discount_then_the_promo_code_and_says_why()
    {
        var customer = await Host.CreateCustomerAsync("Bean Lovers");
        await Host.SendAsync("mutation($c: ID!) { setPersonalDiscount(input: { customerId: $c, percent: 10, reason: \"Ten years with us\" }) { errors { code } } }", new { c = customer });
        await Host.SendAsync("mutation($c: ID!) { issueDiscountCard(input: { customerId: $c, number: \"card-7001\", percent: 5 }) { loyalty { cards { number } } errors { code } } }", new { c = customer });
        await CreatePromoCodeAsync(Host, new { code = "coffee20", kind = "PERCENT", value = 20, validFrom = Iso(Host.Clock.GetUtcNow().AddDays(-1)), productIds = new[] { Product(CatalogProducts.Coffee) } });

        var quote = (await QuoteAsync(Host, customer, "COFFEE20", Coffee(2), Grinder(1)))["quote"]!;

        Assert.Equal((190m, 163.80m, "EUR"), (quote["listTotal"]!.GetValue<decimal>(), quote["total"]!.GetValue<decimal>(), quote["currency"]!.GetValue<string>()));
        var discounts = quote["discounts"]!.AsArray().Select(d => (d!["source"]!.GetValue<string>(), d["amount"]!.GetValue<decimal>())).ToList();
        Assert.Equal([("PERSONAL", 19.00m), ("PROMO_CODE", 7.20m)], discounts);
        Assert.Contains("Ten years with us", quote["discounts"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("COFFEE20", quote["discounts"]![1]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(quote["redemptionId"]);
        Assert.Equal(1, await UsedCountAsync(Host, "COFFEE20"));
    }

    [Fact]
    public async Task A_card_better_than_the_personal_discount_wins_and_they_are_not_added()
    {
        var customer = await Host.CreateCustomerAsync("Card Holder");
        await Host.SendAsync("mutation($c: ID!) { setPersonalDiscount(input: { customerId: $c, percent: 3, reason: \"Friend\" }) { errors { code } } }", new { c = customer });
        await Host.SendAsync("mutation($c: ID!) { issueDiscountCard(input: { customerId: $c, number: \"CARD-8002\", percent: 7.5 }) { errors { code } } }", new { c = customer });

        var quote = (await QuoteAsync(Host, customer, null, Grinder(2)))["quote"]!;

        var discount = Assert.Single(quote["discounts"]!.AsArray())!;
        Assert.Equal(("CARD", 22.50m), (discount["source"]!.GetValue<string>(), discount["amount"]!.GetValue<decimal>()));
        Assert.Equal(277.50m, quote["total"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_code_past_its_limit_expired_for_another_client_or_for_other_products_is_refused_and_not_used()
    {
        var customer = await Host.CreateCustomerAsync("Code Tester");
        var other = await Host.CreateCustomerAsync("Someone Else");
        var now = Host.Clock.GetUtcNow();
        await CreatePromoCodeAsync(Host, new { code = "ONCE", kind = "AMOUNT", value = 5, validFrom = Iso(now.AddDays(-1)), totalLimit = 1 });
        await CreatePromoCodeAsync(Host, new { code = "OLD", kind = "PERCENT", value = 10, validFrom = Iso(now.AddDays(-10)), validTo = Iso(now.AddDays(-1)) });
        await CreatePromoCodeAsync(Host, new { code = "SOON", kind = "PERCENT", value = 10, validFrom = Iso(now.AddDays(1)) });
        await CreatePromoCodeAsync(Host, new { code = "JUSTYOU", kind = "PERCENT", value = 10, validFrom = Iso(now.AddDays(-1)), forCustomerId = other });
        await CreatePromoCodeAsync(Host, new { code = "GRINDERS", kind = "PERCENT", value = 10, validFrom = Iso(now.AddDays(-1)), productIds = new[] { Product(CatalogProducts.Grinder) } });
        await CreatePromoCodeAsync(Host, new { code = "TWICE-EACH", kind = "AMOUNT", value = 1, validFrom = Iso(now.AddDays(-1)), perClientLimit = 2 });

        Assert.Null(ErrorCode(await QuoteAsync(Host, customer, "once", Coffee(1))));
        var cases = new (string Code, string Expected)[]
        {
            ("ONCE", "PROMO_CODE_EXHAUSTED"),
            ("OLD", "PROMO_CODE_EXPIRED"),
            ("SOON", "PROMO_CODE_NOT_STARTED"),
            ("JUSTYOU", "PROMO_CODE_WRONG_CLIENT"),
            ("GRINDERS", "PROMO_CODE_NOT_APPLICABLE"),
            ("NO-SUCH-CODE", "NOT_FOUND"),
        };
        foreach (var (code, expected) in cases)
        {
            var refused = await QuoteAsync(Host, customer, code, Coffee(1));
            Assert.Null(refused["quote"]);
            Assert.Equal(expected, ErrorCode(refused));
            Assert.Equal("promoCode", refused["errors"]![0]!["path"]!.AsArray().Last()!.GetValue<string>());
        }

        Assert.Equal(1, await UsedCountAsync(Host, "ONCE"));
        Assert.Equal(0, await UsedCountAsync(Host, "JUSTYOU"));
        Assert.Null(ErrorCode(await QuoteAsync(Host, customer, "TWICE-EACH", Coffee(1))));
        Assert.Null(ErrorCode(await QuoteAsync(Host, customer, "TWICE-EACH", Coffee(1))));
        Assert.Equal("PROMO_CODE_CLIENT_LIMIT", ErrorCode(await QuoteAsync(Host, customer, "TWICE-EACH", Coffee(1))));
        Assert.Null(ErrorCode(await QuoteAsync(Host, other, "TWICE-EACH", Coffee(1))));
        Assert.Equal(3, await UsedCountAsync(Host, "TWICE-EACH"));
    }

    [Fact]
    public async Task An_unknown_client_or_product_is_refused()
    {
        var customer = await Host.CreateCustomerAsync("Real Client");

        Assert.Equal("NOT_FOUND", ErrorCode(await QuoteAsync(Host, GlobalId.Encode("Customer", Guid.NewGuid()), null, Coffee(1))));
        Assert.Equal("NOT_FOUND", ErrorCode(await QuoteAsync(Host, customer, null, (CatalogProducts.Retired, 1m))));
        Assert.Equal("INVALID_INPUT", ErrorCode(await QuoteAsync(Host, customer, null, Coffee(0))));
        var invalidCode = await Host.SendAsync("mutation { createPromoCode(input: { code: \"x\", kind: PERCENT, value: 150, validFrom: \"2026-01-01T00:00:00Z\" }) { promoCode { code } errors { code path } } }");
        Assert.Equal("INVALID_INPUT", ErrorCode(invalidCode["createPromoCode"]!));
    }
}
