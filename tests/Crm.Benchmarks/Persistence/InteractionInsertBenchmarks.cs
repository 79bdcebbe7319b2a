using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Crm.Benchmarks.Persistence;

/// <summary>
/// One million interaction rows into an empty table, in batches of 1,000 (one transaction each): through the
/// module's context (what a module's import does: change tracking, version stamps, an audit row per record)
/// and through raw batched inserts / COPY (the bulk path). Goal: 1 million rows in under 60 s on SQLite.
/// Run: <c>dotnet run -c Release --project tests/Crm.Benchmarks -- --filter '*InteractionInsert*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class InteractionInsertBenchmarks
{
    private const int Customers = 1_000;
    private const int PerCustomer = 1_000;
    private const int Rows = Customers * PerCustomer;
    private const int BatchSize = 1_000;

    private BenchmarkDatabase? _database;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Sqlite and Postgres, or those named in <c>CRM_BENCH_PROVIDERS</c>.</summary>
    public static IEnumerable<string> Providers() => BenchmarkDatabase.Providers();

    [IterationSetup]
    public void OpenEmptyDatabase() => _database = BenchmarkDatabase.OpenAsync(Provider, "insert", fresh: true).GetAwaiter().GetResult();

    [IterationCleanup]
    public void CloseDatabase() => _database!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Rows)]
    public async Task ThroughModuleContextWithAudit()
    {
        var batch = new List<Interaction>(BatchSize);
        for (var customer = 0; customer < Customers; customer++)
        {
            for (var number = 0; number < PerCustomer; number++)
            {
                batch.Add(InteractionVolume.Create(customer, number));
                if (batch.Count == BatchSize)
                {
                    await using var db = _database!.Contexts.CreateDbContext();
                    db.ChangeTracker.AutoDetectChangesEnabled = false;
                    db.Interactions.AddRange(batch);
                    await db.SaveChangesAsync();
                    batch.Clear();
                }
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public Task RawBatchedInserts() => InteractionVolume.InsertRawAsync(_database!, 0, Customers, PerCustomer, BatchSize);
}
