using System.Diagnostics;

namespace Crm.Host.Tests.GraphQL.Support;

/// <summary>
/// The shared graphql-kit (graphql-js as the oracle), installed with <c>npm ci</c> into a private copy under the test
/// output, never into the shared folder. <see cref="UnavailableReason"/> says why it cannot run (no node, no kit).
/// </summary>
internal static class GraphQLKit
{
    private static readonly Lazy<(string? Folder, string? Reason)> Installation = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string? UnavailableReason => Installation.Value.Reason;

    public static string Folder => Installation.Value.Folder ?? throw new InvalidOperationException(UnavailableReason);

    /// <summary>Runs one kit script; returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments)
    {
        var (exitCode, output) = await ProcessRunner.RunAsync("node", [Path.Combine(Folder, script), .. arguments], Folder, TimeSpan.FromMinutes(3));
        return (exitCode, output);
    }

    private static (string? Folder, string? Reason) Install()
    {
        var source = FindSharedKit();
        if (source is null)
        {
            return (null, "graphql-kit not found (set CRM_GRAPHQL_KIT or place it at ../shared/graphql-kit)");
        }

        try
        {
            if (ProcessRunner.RunAsync("node", ["--version"], source, TimeSpan.FromSeconds(30)).GetAwaiter().GetResult().ExitCode != 0)
            {
                return (null, "node is not installed");
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, "node is not installed");
        }

        var target = Path.Combine(AppContext.BaseDirectory, "graphql-kit");
        var lockFile = Path.Combine(source, "package-lock.json");
        var stamp = Path.Combine(target, "node_modules", ".crm-installed-from");
        var expectedStamp = File.GetLastWriteTimeUtc(lockFile).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        CopyKit(source, target);
        if (!File.Exists(stamp) || File.ReadAllText(stamp) != expectedStamp)
        {
            var (exitCode, output) = ProcessRunner.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], target, TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();
            if (exitCode != 0)
            {
                return (null, "npm ci failed for graphql-kit: " + output);
            }

            File.WriteAllText(stamp, expectedStamp);
        }

        return (target, null);
    }

    private static void CopyKit(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("node_modules", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    private static string? FindSharedKit()
    {
        if (Environment.GetEnvironmentVariable("CRM_GRAPHQL_KIT") is { Length: > 0 } configured && Directory.Exists(configured))
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "graphql-kit");
            if (File.Exists(Path.Combine(candidate, "package-lock.json")))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that is skipped, with the reason, when graphql-kit cannot run here.</summary>
internal sealed class GraphQLKitFactAttribute : FactAttribute
{
    public GraphQLKitFactAttribute()
    {
        if (GraphQLKit.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>Runs a process to completion with a time limit, capturing its output.</summary>
internal static class ProcessRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {timeout}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
