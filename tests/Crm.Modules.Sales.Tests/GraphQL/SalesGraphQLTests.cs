using System.Security.Claims;
using System.Text.Json.Nodes;
using Crm.Host.GraphQL;
using Crm.Host.Tests.Http;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Sales.Tests.GraphQL;

/// <summary>
/// The sales schema in the real host (its built-in modules on a SQLite file), executed through the host's request
/// executor with a caller whose permissions are <c>crm:permission</c> claims, as the HTTP endpoint would pass them.
/// </summary>
public sealed class SalesGraphQLTests : IAsyncLifetime
{
    private const string PermissionClaim = "crm:permission";
    private CrmTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CrmTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_admin_defines_a_funnel_reasons_and_products_and_reads_them_back()
    {
        var admin = Caller(SalesModule.Read, SalesModule.Admin);

        var funnel = await DataAsync(admin, """
            mutation { defineFunnel(input: { name: "Renewals", stages: [{ name: "Due", probability: 50 }, { name: "Renewed", outcome: WON }, { name: "Not renewed", outcome: LOST }],
              rules: [{ trigger: PURCHASE_RECORDED, targetStage: "Renewed" }] }) { funnel { id name stages { name position outcome probability } rules { trigger } } errors { code } } }
            """);
        var created = funnel["defineFunnel"]!["funnel"]!;
        Assert.Equal(["Due", "Renewed", "Not renewed"], created["stages"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()));
        Assert.Equal("PURCHASE_RECORDED", created["rules"]![0]!["trigger"]!.GetValue<string>());

        var product = await DataAsync(admin, """mutation { defineProduct(input: { name: "Banner", sku: "web-1", price: 8000, currency: "RUB", category: "Online" }) { product { sku price } errors { code } } }""");
        Assert.Equal("WEB-1", product["defineProduct"]!["product"]!["sku"]!.GetValue<string>());
        var duplicate = await DataAsync(admin, """mutation { defineProduct(input: { name: "Again", sku: "WEB-1", price: 1, currency: "RUB", category: "Online" }) { product { sku } errors { code path } } }""");
        Assert.Equal("DUPLICATE", duplicate["defineProduct"]!["errors"]![0]!["code"]!.GetValue<string>());

        var report = await DataAsync(admin, """
            query($f: ID!) { funnelReport(funnelId: $f, from: "2020-01-01T00:00:00Z", to: "2030-01-01T00:00:00Z") { total stages { stage { name } count reached conversion } managers { ownerId } lossReasons { reasonCode } } }
            """, new { f = created["id"]!.GetValue<string>() });
        Assert.Equal(0, report["funnelReport"]!["total"]!.GetValue<int>());
        Assert.Equal(3, report["funnelReport"]!["stages"]!.AsArray().Count);
    }

    [Fact]
    public async Task Catalogs_need_sales_admin_and_reading_needs_sales_read()
    {
        var writer = Caller(SalesModule.Read, SalesModule.Write);

        var refused = await ExecuteAsync(writer, """mutation { defineLossReason(input: { code: "PRICE", name: "Too dear" }) { lossReason { code } } }""");
        Assert.Equal("FORBIDDEN", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var anonymous = await ExecuteAsync(new ClaimsPrincipal(new ClaimsIdentity()), "{ funnels { name } }");
        Assert.Equal("UNAUTHENTICATED", anonymous["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var allowed = await DataAsync(writer, "{ funnels { name } lossReasons { code } products { sku } opportunities(first: 5) { totalCount } refusals(first: 5, reasonCode: \"PRICE\") { totalCount } }");
        Assert.Equal(0, allowed["opportunities"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_purchase_with_no_lines_or_for_an_unknown_client_comes_back_as_typed_errors()
    {
        var writer = Caller(SalesModule.Read, SalesModule.Write);

        var empty = await DataAsync(writer, """
            mutation { recordPurchase(input: { customerId: "nope", occurredAt: "2026-11-23T10:00:00Z", currency: "RUB", lines: [] }) { purchase { id } errors { code path } } }
            """);

        var codes = empty["recordPurchase"]!["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(["EMPTY_PURCHASE", "NOT_FOUND"], codes);
        Assert.Null(empty["recordPurchase"]!["purchase"]);
    }

    private static ClaimsPrincipal Caller(params string[] permissions) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "manager-1"), .. permissions.Select(p => new Claim(PermissionClaim, p))], "test"));

    private async Task<JsonNode> DataAsync(ClaimsPrincipal user, string query, object? variables = null)
    {
        var result = await ExecuteAsync(user, query, variables);
        Assert.True(result["errors"] is null, result.ToJsonString());
        return result["data"]!;
    }

    private async Task<JsonNode> ExecuteAsync(ClaimsPrincipal user, string query, object? variables = null)
    {
        var serializer = _host.Services.GetRequiredService<IGraphQLTextSerializer>();
        var inputs = variables is null ? null : serializer.Deserialize<Inputs>(System.Text.Json.JsonSerializer.Serialize(variables));
        await using var scope = _host.Services.CreateAsyncScope();
        var result = await _host.Services.GetRequiredService<IGraphQLRequestExecutor>()
            .ExecuteAsync(new GraphQLRequestContext(query, null, inputs, null, user, scope.ServiceProvider), CancellationToken.None);
        return JsonNode.Parse(serializer.Serialize(result))!;
    }
}
