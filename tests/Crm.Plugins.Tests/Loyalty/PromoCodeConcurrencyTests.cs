using System.Diagnostics;
using Crm.Host.Tests.Http;
using Crm.Host.Tests.Persistence.Support;
using Crm.Plugins.Tests.Support;
using Npgsql;
using Xunit.Abstractions;
using static Crm.Plugins.Tests.Loyalty.LoyaltyRequests;

namespace Crm.Plugins.Tests.Loyalty;

/// <summary>
/// 200 quotePrice calls at once over HTTP, all with one promo code limited to 50 uses: exactly 50 get the discount,
/// 150 get PROMO_CODE_EXHAUSTED, and the code's count says 50. On SQLite, and on PostgreSQL when CRM_TEST_POSTGRES is set.
/// </summary>
public sealed class PromoCodeConcurrencyTests(ITestOutputHelper output)
{
    private const int Calls = 200;
    private const int Limit = 50;

    [Fact]
    public async Task Two_hundred_concurrent_quotes_redeem_a_code_limited_to_fifty_exactly_fifty_times_on_sqlite()
    {
        await using var host = await PluginTestHost.StartAsync(["Crm.Plugins.Loyalty", "Crm.Plugins.Tests.Catalog"], disabledBuiltIns: ["crm.sales"]);
        await RaceAsync(host, "SQLite");
    }

    [PostgresFact]
    public async Task Two_hundred_concurrent_quotes_redeem_a_code_limited_to_fifty_exactly_fifty_times_on_postgres()
    {
        var admin = PostgresServer.ConnectionString!;
        var database = "crm_loyalty_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE \"{database}\"");
        try
        {
            await using var host = await PluginTestHost.StartAsync(
                ["Crm.Plugins.Loyalty", "Crm.Plugins.Tests.Catalog"],
                new Dictionary<string, string>
                {
                    ["Crm:Database:Provider"] = "Postgres",
                    // A pool below the server's max_connections (100 by default, shared with whatever else runs), as a
                    // deployment would set it: the 200 requests queue for connections instead of being refused by the
                    // server; the wait allows for the redemptions serialising on the promo code's row.
                    ["ConnectionStrings:Crm"] = new NpgsqlConnectionStringBuilder(admin) { Database = database, MaxPoolSize = 40, Timeout = 60 }.ConnectionString,
                },
                disabledBuiltIns: ["crm.sales"]);
            await RaceAsync(host, "PostgreSQL");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private async Task RaceAsync(PluginTestHost host, string database)
    {
        host.SignIn("seller-1", "loyalty.read", "loyalty.sell", "loyalty.admin");
        var customers = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            customers.Add(await host.CreateCustomerAsync($"Racer {i}"));
        }

        await CreatePromoCodeAsync(host, new { code = "RUSH50", kind = "PERCENT", value = 10, validFrom = Iso(host.Clock.GetUtcNow().AddDays(-1)), totalLimit = Limit });

        using var start = new SemaphoreSlim(0);
        var clock = Stopwatch.StartNew();
        var calls = Enumerable.Range(0, Calls).Select(async i =>
        {
            await start.WaitAsync();
            return await QuoteAsync(host, customers[i % customers.Count], "RUSH50", Coffee(1));
        }).ToList();
        clock.Restart();
        start.Release(Calls);
        var results = await Task.WhenAll(calls);
        clock.Stop();

        var outcomes = results.GroupBy(r => ErrorCode(r) ?? "OK").ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["OK"] = Limit, ["PROMO_CODE_EXHAUSTED"] = Calls - Limit }, outcomes);
        Assert.Equal(Limit, await UsedCountAsync(host, "RUSH50"));
        output.WriteLine($"{database}: {Calls} concurrent quotePrice calls, limit {Limit}: {outcomes["OK"]} redeemed, {outcomes["PROMO_CODE_EXHAUSTED"]} refused, {clock.ElapsedMilliseconds} ms wall clock");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
