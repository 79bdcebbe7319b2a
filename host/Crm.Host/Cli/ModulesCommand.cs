using Crm.Host.Modules.Lifecycle;

namespace Crm.Host.Cli;

/// <summary>
/// <c>modules list | enable ID [--with-dependencies] | disable ID [--cascade] | uninstall ID</c>. Writes the
/// desired states to the store; a running server picks them up within its poll interval.
/// </summary>
internal sealed class ModulesCommand(ModuleAdministration administration) : ICliCommand
{
    /// <summary>Exit code when the operation was refused by a rule (dependencies, built-in, faulted).</summary>
    public const int Refused = 1;

    /// <summary>Exit code when the id names no module.</summary>
    public const int UnknownModule = 2;

    private const string Usage = """
        Usage:
          modules list
          modules enable ID [--with-dependencies]
          modules disable ID [--cascade]
          modules uninstall ID
        """;

    public string Name => "modules";

    public string Summary => "list, enable, disable or uninstall modules and plugins";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var verb = args.Count > 0 ? args[0] : "";
        var flags = args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var positional = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var allowedFlags = verb switch
        {
            "enable" => ["--with-dependencies"],
            "disable" => ["--cascade"],
            _ => Array.Empty<string>(),
        };
        var unknownFlag = flags.FirstOrDefault(f => !allowedFlags.Contains(f));
        var expectedIds = verb == "list" ? 0 : 1;
        if (verb is not ("list" or "enable" or "disable" or "uninstall") || positional.Count != expectedIds || unknownFlag is not null)
        {
            await error.WriteLineAsync(unknownFlag is null ? Usage : $"Unknown option '{unknownFlag}' for 'modules {verb}'.\n{Usage}");
            return CliDispatcher.UsageError;
        }

        try
        {
            switch (verb)
            {
                case "list":
                    await ModuleListPrinter.PrintAsync(await administration.ListAsync(cancellationToken), output);
                    break;
                case "enable":
                    var enabled = await administration.EnableAsync(positional[0], flags.Contains("--with-dependencies"), cancellationToken);
                    await output.WriteLineAsync(enabled.Count == 0 ? $"'{positional[0]}' is already enabled." : $"Enabled: {string.Join(", ", enabled)}.");
                    break;
                case "disable":
                    var disabled = await administration.DisableAsync(positional[0], flags.Contains("--cascade"), cancellationToken);
                    await output.WriteLineAsync($"Disabled: {string.Join(", ", disabled)}.");
                    break;
                default:
                    await administration.UninstallAsync(positional[0], cancellationToken);
                    await output.WriteLineAsync($"Uninstalled '{positional[0]}'.");
                    break;
            }

            if (verb != "list")
            {
                await output.WriteLineAsync("A running server applies the change within its poll interval.");
            }

            return 0;
        }
        catch (ModuleOperationException refused)
        {
            await error.WriteLineAsync(refused.Message);
            return refused.UnknownModule ? UnknownModule : Refused;
        }
    }
}
