using Autofac;
using BenchmarkDotNet.Attributes;
using Crm.Modules.Sales.UseCases;

namespace Crm.Benchmarks.Sales;

/// <summary>
/// The funnel report (the daily roll-up for whole days, the opportunities only for partial edge days) on PostgreSQL over one million
/// opportunities created across two years: the whole funnel for a year, and one manager for a quarter. Goal: under
/// 500 ms. Run: <c>CRM_TEST_POSTGRES=... dotnet run -c Release --project tests/Crm.Benchmarks -- --filter '*FunnelReport*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class FunnelReportBenchmarks
{
    public const int Opportunities = 1_000_000;
    private static readonly DateTimeOffset End = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
    private SalesBenchmarkDatabase _database = null!;

    // Synchronous on purpose: the in-process toolchain (used on a busy machine, where building the out-of-process
    // boilerplate times out) does not await an async global setup.
    [GlobalSetup]
    public void SetUp() => _database = SalesBenchmarkDatabase.OpenAsync(Opportunities).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void CleanUp() => _database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "Whole funnel, last 365 days (~500k opportunities)")]
    public Task<int> WholeFunnelForAYear() => ReportAsync(new FunnelReportQuery(_database.Funnel.Id, End.AddDays(-365), End));

    [Benchmark(Description = "Whole funnel, all 1M opportunities")]
    public Task<int> WholeFunnelEverything() => ReportAsync(new FunnelReportQuery(_database.Funnel.Id, End.AddYears(-3), End.AddDays(1)));

    [Benchmark(Description = "Whole funnel, 365 days from and to mid-day (partial days read from the opportunities)")]
    public Task<int> WholeFunnelForAYearFromNoon() => ReportAsync(new FunnelReportQuery(_database.Funnel.Id, End.AddDays(-365).AddHours(12), End.AddHours(-12)));

    [Benchmark(Description = "One manager, last quarter")]
    public Task<int> OneManagerForAQuarter() => ReportAsync(new FunnelReportQuery(_database.Funnel.Id, End.AddDays(-91), End, "load-manager-3"));

    private async Task<int> ReportAsync(FunnelReportQuery query)
    {
        await using var scope = _database.Module.BeginLifetimeScope();
        var result = await scope.Resolve<BuildFunnelReport>().HandleAsync(query, CancellationToken.None);
        return result.Value.Total;
    }
}
