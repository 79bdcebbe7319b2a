using Crm.Host.GraphQL.Execution;
using Crm.Host.Tests.GraphQL.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.GraphQL.Execution;

public sealed class DocumentCacheTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private GraphQLTestHost _host = null!;

    private DocumentCache Cache => _host.Services.GetRequiredService<DocumentCache>();

    public async Task InitializeAsync()
    {
        await CrmTestData.SeedAsync(_database, customers: 3);
        _host = await GraphQLTestHost.StartAsync(CrmTestData.AllModules(_database), limits => limits.DocumentCacheSize = 3);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Valid_documents_are_kept_invalid_ones_are_not_and_a_repeat_answers_the_same()
    {
        var first = await _host.ExecuteJsonAsync("{ customers { totalCount } }");
        await _host.ExecuteJsonAsync("{ customers { nope } }");
        var again = await _host.ExecuteJsonAsync("{ customers { totalCount } }");

        Assert.Equal(1, Cache.Count);
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task The_cache_stays_within_its_bound()
    {
        for (var i = 0; i < 10; i++)
        {
            await _host.ExecuteAsync($"{{ customers(first: {i + 1}) {{ totalCount }} }}");
        }

        Assert.InRange(Cache.Count, 1, 3);
    }

    [Fact]
    public async Task A_shape_swap_empties_the_cache_and_the_new_schema_validates_again()
    {
        await _host.ExecuteAsync("{ customers { nodes { openTickets { title } } } }");
        Assert.Equal(1, Cache.Count);

        await _host.ApplyAsync(CrmTestData.AllModules(_database).Where(m => m.Manifest.Id != TestModules.TicketsTestPlugin.Id).ToList());
        var result = await _host.ExecuteAsync("{ customers { nodes { openTickets { title } } } }");

        Assert.False(result.Executed);
        Assert.Equal(Sdk.GraphQL.ErrorCodes.ValidationFailed, Assert.Single(result.Errors!).Code);
        Assert.Equal(0, Cache.Count);
    }
}
