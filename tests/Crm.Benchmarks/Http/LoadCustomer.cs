namespace Crm.Benchmarks.Http;

/// <summary>One row of the load test's in-memory data, the same for the GraphQL endpoint and the floor.</summary>
public sealed record LoadCustomer(string Id, string Name, string Email, string City, decimal Revenue);

/// <summary>
/// The rows the floor answers with: the same formula as the LoadCatalog test plugin (tests/TestPlugins/LoadCatalog),
/// which serves them over GraphQL; load.sh checks both answers are identical before measuring.
/// </summary>
public sealed class LoadCatalog
{
    public LoadCatalog(int count = 50)
    {
        string[] cities = ["Москва", "Berlin", "Lisboa", "Kraków", "Toronto"];
        Customers = Enumerable.Range(1, count)
            .Select(i => new LoadCustomer($"Q3VzdG9tZXI6{i}", $"Клиент {i}", $"customer{i}@example.test", cities[i % cities.Length], 1000m + (i * 37.5m)))
            .ToArray();
    }

    public IReadOnlyList<LoadCustomer> Customers { get; }
}
