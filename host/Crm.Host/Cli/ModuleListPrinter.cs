using Crm.Host.Modules.Lifecycle;

namespace Crm.Host.Cli;

/// <summary>Prints module states as a table an admin can scan, with each problem on its own line.</summary>
internal static class ModuleListPrinter
{
    public static async Task PrintAsync(IReadOnlyList<ModuleStatus> modules, TextWriter output)
    {
        if (modules.Count == 0)
        {
            await output.WriteLineAsync("No modules found.");
            return;
        }

        var idWidth = Math.Max(2, modules.Max(m => m.Key.Length));
        var versionWidth = Math.Max(7, modules.Max(m => m.Version.Length));
        await output.WriteLineAsync($"{"ID".PadRight(idWidth)}  {"VERSION".PadRight(versionWidth)}  {"ORIGIN",-8}  {"STATE",-10}  NAME");
        foreach (var module in modules)
        {
            await output.WriteLineAsync($"{module.Key.PadRight(idWidth)}  {module.Version.PadRight(versionWidth)}  {module.Origin,-8}  {module.State,-10}  {module.Name}");
            if (module.Note is not null)
            {
                await output.WriteLineAsync($"{new string(' ', idWidth)}  -> {module.Note}");
            }
        }
    }
}
