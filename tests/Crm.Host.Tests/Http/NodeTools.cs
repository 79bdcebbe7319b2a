using System.Diagnostics;

namespace Crm.Host.Tests.Http;

/// <summary>Runs the Node.js scripts of tests/js (after <c>npm ci</c> there) and returns what they printed.</summary>
public sealed class NodeTools : IAsyncLifetime
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(3);

    /// <summary>tests/js in this repository.</summary>
    public string ScriptsDirectory { get; } = Path.Combine(RepositoryPaths.Root(), "tests", "js");

    /// <summary>Installs the exact versions of package-lock.json once for the tests that share this fixture.</summary>
    public async Task InitializeAsync()
    {
        if (FindOnPath("npm") is null)
        {
            return;
        }

        var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"]);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed in {ScriptsDirectory}:\n{install.Output}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Runs <c>node script args</c> in tests/js.</summary>
    public Task<ScriptResult> RunScriptAsync(string script, params string[] args) => RunAsync("node", [script, .. args]);

    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);

    private async Task<ScriptResult> RunAsync(string program, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(FindOnPath(program) ?? program)
        {
            WorkingDirectory = ScriptsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} ran longer than {ScriptTimeout}.");
        }

        return new ScriptResult(process.ExitCode, await stdout + await stderr);
    }
}

/// <summary>Exit code and combined output of a script.</summary>
public sealed record ScriptResult(int ExitCode, string Output);
