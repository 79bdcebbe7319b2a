using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;

namespace Crm.Benchmarks.Persistence;

/// <summary>
/// One page (50 rows) of one customer's history, newest first, with 10 million interactions in the table
/// (10,000 customers × 1,000): the first page, and a page after a keyset cursor 500 rows deep. Both go through
/// the module's context and use the (CustomerId, OccurredAt DESC, Id DESC) index. Goal: under 5 ms.
/// The table is generated once (several minutes) and kept for later runs.
/// Run: <c>dotnet run -c Release --project tests/Crm.Benchmarks -- --filter '*CustomerHistoryPage*'</c>.
/// </summary>
[ShortRunJob]
public class CustomerHistoryPageBenchmarks
{
    private const int Customers = 10_000;
    private const int PerCustomer = 1_000;
    private const int PageSize = 50;

    private BenchmarkDatabase? _database;
    private Guid _customer;
    private DateTime _cursorAt;
    private Guid _cursorId;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Sqlite and Postgres, or those named in <c>CRM_BENCH_PROVIDERS</c>.</summary>
    public static IEnumerable<string> Providers() => BenchmarkDatabase.Providers();

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _database!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> FirstPage()
    {
        await using var db = _database!.Contexts.CreateDbContext();
        var page = await db.Interactions.AsNoTracking()
            .Where(i => i.CustomerId == _customer)
            .OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id)
            .Take(PageSize)
            .ToListAsync();
        return page.Count;
    }

    [Benchmark]
    public async Task<int> PageAfterCursor()
    {
        await using var db = _database!.Contexts.CreateDbContext();
        var page = await db.Interactions.AsNoTracking()
            .Where(i => i.CustomerId == _customer
                        && i.OccurredAt <= _cursorAt
                        && (i.OccurredAt < _cursorAt || i.Id.CompareTo(_cursorId) < 0))
            .OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id)
            .Take(PageSize)
            .ToListAsync();
        return page.Count;
    }

    private async Task SetupAsync()
    {
        _database = await BenchmarkDatabase.OpenAsync(Provider, "history", fresh: false);
        if (await InteractionVolume.CountAsync(_database) != (long)Customers * PerCustomer)
        {
            await _database.DisposeAsync();
            _database = await BenchmarkDatabase.OpenAsync(Provider, "history", fresh: true);
            await InteractionVolume.GenerateAsync(_database, Customers, PerCustomer);
        }

        _customer = InteractionVolume.Customer(4_242);
        await using var db = _database.Contexts.CreateDbContext();
        var cursor = await db.Interactions.AsNoTracking()
            .Where(i => i.CustomerId == _customer)
            .OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id)
            .Skip(500).FirstAsync();
        (_cursorAt, _cursorId) = (cursor.OccurredAt, cursor.Id);
        if (await FirstPage() != PageSize || await PageAfterCursor() != PageSize)
        {
            throw new InvalidOperationException("The generated history does not answer the page queries; the benchmark would measure nothing.");
        }
    }
}
