namespace Crm.Host.Tests.GraphQL.Support;

/// <summary>One seeded set of test databases and one engine over all four test modules, shared by a test class.</summary>
public sealed class CrmGraphQLFixture : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    internal GraphQLTestHost Host { get; private set; } = null!;

    internal TestDatabase Database => _database;

    public async Task InitializeAsync()
    {
        await CrmTestData.SeedAsync(_database);
        Host = await GraphQLTestHost.StartAsync(CrmTestData.AllModules(_database));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _database.Dispose();
    }
}
