using Crm.Host.Tests.Http;

namespace Crm.Modules.History.Tests.Support;

/// <summary>
/// The SQL statements a real host ran, as an operator sees them in EF Core's command log: start the host with
/// <see cref="Settings"/>, then read <see cref="ModuleStatements"/> before and after a request.
/// </summary>
internal static class StatementLog
{
    private const string CommandCategory = "Microsoft.EntityFrameworkCore.Database.Command";

    /// <summary>The host setting that logs every executed command.</summary>
    public static Dictionary<string, string> Settings => new() { [$"Logging:LogLevel:{CommandCategory}"] = "Information" };

    /// <summary>
    /// The modules' statements so far, in order. The host's own tables (module states polled in the background, the
    /// sign-in check and the user's grants, refreshed every few seconds) are read on their own schedule and left out.
    /// </summary>
    public static List<string> ModuleStatements(CrmTestHost host) =>
        [.. host.Logs.Entries
            .Where(e => e.Category == CommandCategory && e.Message.StartsWith("Executed DbCommand", StringComparison.Ordinal) && !e.Message.Contains("crm_host", StringComparison.Ordinal))
            .Select(e => e.Message)];
}
