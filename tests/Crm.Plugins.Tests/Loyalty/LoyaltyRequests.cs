using System.Text.Json.Nodes;
using Crm.Plugins.Tests.Catalog;
using Crm.Plugins.Tests.Support;
using Crm.Sdk.GraphQL;

namespace Crm.Plugins.Tests.Loyalty;

/// <summary>The GraphQL calls the loyalty tests make, written once.</summary>
internal static class LoyaltyRequests
{
    public const string QuoteFields = "quote { currency listTotal total redemptionId lines { productId name listAmount discount amount } discounts { source description amount } } errors { code message path }";

    public static string Product(Crm.Sdk.Contracts.Sales.ProductSummary product) => GlobalId.Encode("Product", product.Id);

    public static async Task<JsonNode> QuoteAsync(PluginTestHost host, string customer, string? promoCode, params (Crm.Sdk.Contracts.Sales.ProductSummary Product, decimal Quantity)[] lines)
    {
        var data = await host.SendAsync($$"""
            mutation($c: ID!, $l: [PriceQuoteLineInput!]!, $p: String) { quotePrice(input: { customerId: $c, lines: $l, promoCode: $p }) { {{QuoteFields}} } }
            """, new { c = customer, l = lines.Select(l => new { productId = Product(l.Product), quantity = l.Quantity }).ToArray(), p = promoCode });
        return data["quotePrice"]!;
    }

    public static async Task CreatePromoCodeAsync(PluginTestHost host, object input)
    {
        var data = await host.SendAsync("mutation($i: CreatePromoCodeInput!) { createPromoCode(input: $i) { promoCode { code } errors { code message } } }", new { i = input });
        Assert.True(data["createPromoCode"]!["errors"]!.AsArray().Count == 0, data.ToJsonString());
    }

    public static async Task<int> UsedCountAsync(PluginTestHost host, string code) =>
        (await host.SendAsync("query($c: String!) { promoCode(code: $c) { usedCount } }", new { c = code }))["promoCode"]!["usedCount"]!.GetValue<int>();

    public static string? ErrorCode(JsonNode payload) => payload["errors"]!.AsArray().FirstOrDefault()?["code"]?.GetValue<string>();

    public static string Iso(DateTimeOffset at) => at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    public static (Crm.Sdk.Contracts.Sales.ProductSummary, decimal) Coffee(decimal quantity) => (CatalogProducts.Coffee, quantity);

    public static (Crm.Sdk.Contracts.Sales.ProductSummary, decimal) Grinder(decimal quantity) => (CatalogProducts.Grinder, quantity);
}
