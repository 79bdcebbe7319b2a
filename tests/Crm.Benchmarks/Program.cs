using BenchmarkDotNet.Running;

namespace Crm.Benchmarks;

/// <summary>Runs every benchmark class in this assembly; pick with --filter.</summary>
internal static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        // The HTTP load test runs a server, not a BenchmarkDotNet suite (see Http/load.sh).
        if (args is ["http-load-server", .. var serverArgs])
        {
            await Http.HttpLoadServer.RunAsync(serverArgs);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
