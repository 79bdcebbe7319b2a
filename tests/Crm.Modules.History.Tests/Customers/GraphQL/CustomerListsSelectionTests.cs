using System.Text.Json.Nodes;
using Crm.Host.Tests.Http;
using Crm.Modules.History.Tests.Support;

namespace Crm.Modules.History.Tests.Customers.GraphQL;

/// <summary>
/// A customer's lists (phones, e-mails, addresses, tags, contacts, attributes) live in their own tables, one statement
/// each: the <c>customers</c> connection and <c>customer(id)</c> load exactly the lists the query shows, through
/// <c>nodes</c>, <c>edges { node }</c> and fragments alike, on the real host over HTTP. Statements are counted from
/// EF Core's command log.
/// </summary>
public sealed class CustomerListsSelectionTests : IAsyncLifetime
{
    private CrmTestHost _host = null!;
    private HttpClient _http = null!;
    private GraphQLHttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await CrmTestHost.StartAsync(settings: StatementLog.Settings);
        _http = _host.CreateClient();
        _client = new GraphQLHttpClient(_http);
        await SendAsync("""
            mutation { createCustomer(input: { customer: { name: "ООО «Ромашка»", phones: ["+7 495 100 00 01"], emails: ["info@romashka.ru"],
              addresses: ["Москва, Тверская 1"], tags: ["vip"], contacts: [{ name: "Анна", phone: "+7 495 100 00 02" }] } }) { errors { code } } }
            """);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_list_of_customers_shows_every_list_it_asks_for_contacts_and_addresses_included()
    {
        var (data, _) = await CountedAsync("{ customers(first: 5) { nodes { name phones emails addresses tags contacts { name phone } } } }");

        var customer = data["customers"]!["nodes"]![0]!;
        Assert.Equal("Москва, Тверская 1", customer["addresses"]![0]!.GetValue<string>());
        Assert.Equal("Анна", customer["contacts"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(["vip"], customer["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Theory]
    [InlineData("{ customers(first: 5) { nodes { id name } } }", 1)]
    [InlineData("{ customers(first: 5) { nodes { name phones } } }", 2)]
    [InlineData("{ customers(first: 5) { edges { node { ...Reach } } } } fragment Reach on Customer { phones emails }", 3)]
    [InlineData("{ customers(first: 5) { nodes { ... on Customer { name contacts { name } } } totalCount } }", 3)]
    public async Task A_list_of_customers_reads_only_the_lists_it_shows(string query, int statements)
    {
        var (_, counted) = await CountedAsync(query);

        Assert.Equal(statements, counted);
    }

    [Fact]
    public async Task A_page_after_a_cursor_bounds_the_first_sort_key_so_the_index_range_starts_at_the_cursor()
    {
        await SendAsync("""mutation { a: createCustomer(input: { customer: { name: "Берёзка" } }) { errors { code } } b: createCustomer(input: { customer: { name: "Василёк" } }) { errors { code } } }""");
        var first = await SendAsync("{ customers(first: 1) { nodes { name } pageInfo { endCursor } } }");
        var cursor = first["customers"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var before = StatementLog.ModuleStatements(_host).Count;
        var next = await SendAsync($$"""{ customers(first: 2, after: "{{cursor}}") { nodes { name } } }""");
        var page = Assert.Single(StatementLog.ModuleStatements(_host).Skip(before));

        Assert.Equal(["Василёк", "ООО «Ромашка»"], next["customers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        Assert.Contains("\"NameKey\" >= @", page, StringComparison.Ordinal);
    }

    private async Task<(JsonObject Data, int Statements)> CountedAsync(string query)
    {
        var before = Commands();
        var data = await SendAsync(query);
        return (data, Commands() - before);
    }

    private int Commands() => StatementLog.ModuleStatements(_host).Count;

    private async Task<JsonObject> SendAsync(string query)
    {
        var response = await _client.PostJsonAsync(new { query });
        Assert.True(response.Json["errors"] is null, response.Body);
        return response.Json["data"]!.AsObject();
    }
}
