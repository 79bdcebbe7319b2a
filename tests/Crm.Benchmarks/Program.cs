using BenchmarkDotNet.Running;

namespace Crm.Benchmarks;

/// <summary>Runs every benchmark class in this assembly; pick with --filter.</summary>
internal static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
