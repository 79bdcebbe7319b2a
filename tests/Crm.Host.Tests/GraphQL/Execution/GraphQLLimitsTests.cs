using Crm.Host.Tests.GraphQL.Support;
using Crm.Sdk.GraphQL;

namespace Crm.Host.Tests.GraphQL.Execution;

/// <summary>Each limit refuses with its own code; small limits keep the documents short.</summary>
public sealed class GraphQLLimitsTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        await CrmTestData.SeedAsync(_database, customers: 5);
        _host = await GraphQLTestHost.StartAsync(CrmTestData.AllModules(_database), limits =>
        {
            limits.MaxDocumentLength = 2_000;
            limits.MaxDepth = 4;
            limits.MaxAliases = 3;
            limits.MaxFields = 40;
            limits.MaxCost = 500;
            limits.AllowIntrospection = false;
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_refused_before_parsing()
    {
        var result = await _host.ExecuteAsync("{ customersModule }" + new string(' ', 2_000));

        Assert.Equal(ErrorCodes.DocumentTooLarge, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Nesting_past_the_depth_limit_is_refused_even_through_fragments()
    {
        var result = await _host.ExecuteAsync("""
            { customers { edges { node { ...Deep } } } }
            fragment Deep on Customer { lastInteraction { subject } }
            """);

        Assert.Equal(ErrorCodes.MaxDepthExceeded, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Too_many_aliases_are_refused()
    {
        var result = await _host.ExecuteAsync("{ a: customersModule b: customersModule c: customersModule d: customersModule }");

        Assert.Equal(ErrorCodes.MaxAliasesExceeded, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Too_many_fields_are_refused()
    {
        var result = await _host.ExecuteAsync("{ " + string.Concat(Enumerable.Repeat("customersModule ", 41)) + "}");

        Assert.Equal(ErrorCodes.MaxFieldsExceeded, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Cost_multiplies_by_first_and_is_checked_on_cached_documents_too()
    {
        const string Query = "query($n: Int!) { customers(first: $n) { nodes { name recentInteractions { subject } } } }";

        var cheap = await _host.ExecuteAsync(Query, """{"n": 2}""");
        var costly = await _host.ExecuteAsync(Query, """{"n": 50}""");

        Assert.Null(cheap.Errors);
        Assert.Equal(ErrorCodes.CostExceeded, Assert.Single(costly.Errors!).Code);
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        var result = await _host.ExecuteAsync("{ __schema { queryType { name } } }");

        Assert.Equal(ErrorCodes.IntrospectionDisabled, Assert.Single(result.Errors!).Code);
        Assert.Null((await _host.ExecuteAsync("{ __typename }")).Errors);
    }
}
