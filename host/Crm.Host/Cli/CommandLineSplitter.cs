namespace Crm.Host.Cli;

/// <summary>
/// Separates configuration overrides (<c>--Crm:DataDirectory=/srv/crm</c>) from command words and flags
/// (<c>modules disable crm.sales --cascade</c>): the configuration reader would take a bare flag such as
/// <c>--cascade</c> for a key and swallow the next word as its value.
/// </summary>
internal static class CommandLineSplitter
{
    public static bool IsConfigurationOverride(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);

    /// <summary>True when the first argument names a command rather than an option.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    /// <summary>The arguments the host builder should read as configuration.</summary>
    public static string[] ConfigurationArgs(string[] args) =>
        IsCommand(args) ? args.Where(IsConfigurationOverride).ToArray() : args;
}
