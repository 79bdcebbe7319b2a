namespace Crm.Host.Cli;

/// <summary>Chooses the command named by the first argument and runs it, or prints what commands exist.</summary>
internal static class CliDispatcher
{
    /// <summary>Exit code for a command line the host does not understand.</summary>
    public const int UsageError = 64;

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<ICliCommand> commands, string[] args)
    {
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'.");
            await PrintHelpAsync(commands, Console.Error);
            return UsageError;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        // Commands may need hosted start-up work (module catalog, migrations) but never the HTTP server.
        return await command.RunAsync(args[1..], Console.Out, Console.Error, cancellation.Token);
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
