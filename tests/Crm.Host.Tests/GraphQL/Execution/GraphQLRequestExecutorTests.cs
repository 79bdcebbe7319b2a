using System.Text.Json;
using Crm.Host.GraphQL;
using Crm.Host.Tests.GraphQL.Support;
using Crm.Sdk.GraphQL;

namespace Crm.Host.Tests.GraphQL.Execution;

public sealed class GraphQLRequestExecutorTests(CrmGraphQLFixture fixture) : IClassFixture<CrmGraphQLFixture>
{
    [Fact]
    public async Task Each_module_field_runs_with_its_own_module_services()
    {
        var json = await fixture.Host.ExecuteJsonAsync("""
            { customersModule customers(first: 1) { nodes { interactionsModule ticketsModule } } }
            """);

        using var document = JsonDocument.Parse(json);
        var data = document.RootElement.GetProperty("data");
        Assert.Equal("test.customers", data.GetProperty("customersModule").GetString());
        var customer = data.GetProperty("customers").GetProperty("nodes")[0];
        Assert.Equal("test.interactions", customer.GetProperty("interactionsModule").GetString());
        Assert.Equal("test.tickets", customer.GetProperty("ticketsModule").GetString());
    }

    [Fact]
    public async Task Every_request_gives_its_shape_lease_back()
    {
        await fixture.Host.ExecuteAsync("{ customers { totalCount } }");
        await fixture.Host.ExecuteAsync("{ nope }");

        Assert.Equal(0, fixture.Host.Shapes.OpenLeases);
    }

    [Fact]
    public async Task Cyrillic_text_is_written_unescaped()
    {
        var json = await fixture.Host.ExecuteJsonAsync("""{ customers(first: 1, filter: { name: { startsWith: "ООО" } }) { nodes { name } } }""");

        Assert.Contains("ООО Ромашка 007", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ customers { nodes { name } ", ErrorCodes.ParseFailed)]
    [InlineData("{ customers { nodes { unknownField } } }", ErrorCodes.ValidationFailed)]
    [InlineData("query Q($n: Int!) { customers(first: $n) { totalCount } }", ErrorCodes.BadUserInput)]
    [InlineData("query A { customersModule } query B { customersModule }", ErrorCodes.OperationNotFound)]
    public async Task Request_errors_carry_a_documented_code(string query, string code)
    {
        var result = await fixture.Host.ExecuteAsync(query);

        Assert.False(result.Executed);
        Assert.Equal(code, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task A_missing_document_is_refused_with_its_code()
    {
        var result = await fixture.Host.ExecuteAsync("  ");

        Assert.Equal(ErrorCodes.QueryMissing, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task A_mutation_is_refused_where_the_transport_allows_only_queries()
    {
        var result = await fixture.Host.ExecuteAsync("""mutation { createCustomer(input: { name: "X" }) { errors { code } } }""", allowed: AllowedOperations.Query);

        Assert.False(result.Executed);
        Assert.Equal(ErrorCodes.OperationNotAllowed, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task A_mutation_returns_user_errors_in_its_payload()
    {
        var json = await fixture.Host.ExecuteJsonAsync("""
            mutation { createCustomer(input: { name: " " }) { customer { id } errors { __typename code message path } } }
            """);

        using var document = JsonDocument.Parse(json);
        var payload = document.RootElement.GetProperty("data").GetProperty("createCustomer");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("customer").ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal("InputError", error.GetProperty("__typename").GetString());
        Assert.Equal(ErrorCodes.InvalidInput, error.GetProperty("code").GetString());
        Assert.Equal("name", error.GetProperty("path")[1].GetString());
    }

    [Fact]
    public async Task A_field_with_a_permission_is_refused_to_an_anonymous_caller_and_the_rest_answers()
    {
        var result = await fixture.Host.ExecuteAsync("{ customersModule secretCustomerCount }");

        Assert.True(result.Executed);
        Assert.Equal(ErrorCodes.Unauthenticated, Assert.Single(result.Errors!).Code);
        var json = fixture.Host.Serializer.Serialize(result);
        Assert.Contains("\"customersModule\":\"test.customers\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_with_a_permission_answers_a_caller_holding_it()
    {
        var user = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim("crm:permission", "customers.read")], authenticationType: "test"));

        var result = await fixture.Host.ExecuteAsync("{ secretCustomerCount }", user: user);

        Assert.Null(result.Errors);
    }

    [Fact]
    public async Task Node_finds_objects_of_any_module_by_global_id()
    {
        var customerId = GlobalId.Encode("Customer", CrmTestData.CustomerId(3));
        var json = await fixture.Host.ExecuteJsonAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Customer { name } } }",
            $$"""{"ids": ["{{customerId}}", "{{GlobalId.Encode("Customer", Guid.NewGuid())}}"]}""");

        using var document = JsonDocument.Parse(json);
        var nodes = document.RootElement.GetProperty("data").GetProperty("nodes");
        Assert.Equal("Customer 003", nodes[0].GetProperty("name").GetString());
        Assert.Equal(customerId, nodes[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
    }

    [Fact]
    public async Task A_malformed_global_id_is_an_invalid_id_error()
    {
        var result = await fixture.Host.ExecuteAsync("""{ node(id: "not an id") { id } }""");

        Assert.Equal(ErrorCodes.InvalidId, Assert.Single(result.Errors!).Code);
    }
}
