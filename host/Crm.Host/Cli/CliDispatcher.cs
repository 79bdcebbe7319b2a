namespace Crm.Host.Cli;

/// <summary>Chooses the command named by the first argument and runs it, or prints what commands exist.</summary>
internal static class CliDispatcher
{
    /// <summary>Exit code for a command line the host does not understand.</summary>
    public const int UsageError = 64;

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<ICliCommand> commands, string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        return await RunAsync(commands, args, Console.Out, Console.Error, cancellation.Token);
    }

    /// <summary>Runs one command line with the given writers; what tests and the console entry point share.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<ICliCommand> commands, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            await error.WriteLineAsync($"Unknown command '{args[0]}'.");
            await PrintHelpAsync(commands, error);
            return UsageError;
        }

        // Commands may need hosted start-up work (module catalog, migrations) but never the HTTP server.
        // Configuration overrides (--Key=Value) were taken by the host builder and are not the command's.
        var commandArgs = args.Skip(1).Where(a => !CommandLineSplitter.IsConfigurationOverride(a)).ToList();
        return await command.RunAsync(commandArgs, output, error, cancellationToken);
    }

    private static async Task PrintHelpAsync(IReadOnlyList<ICliCommand> commands, TextWriter writer)
    {
        await writer.WriteLineAsync("Commands:");
        foreach (var command in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            await writer.WriteLineAsync($"  {command.Name,-10} {command.Summary}");
        }

        await writer.WriteLineAsync("Without a command the host serves HTTP.");
    }
}
