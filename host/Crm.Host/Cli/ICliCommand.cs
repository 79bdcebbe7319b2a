namespace Crm.Host.Cli;

/// <summary>
/// One admin command of the host binary, e.g. <c>modules</c> in <c>Crm.Host -- modules enable crm.sales</c>.
/// Commands run in the same container as the server, so they see the same configuration and database.
/// </summary>
internal interface ICliCommand
{
    /// <summary>The first word on the command line.</summary>
    string Name { get; }

    /// <summary>One line for the help text.</summary>
    string Summary { get; }

    /// <summary>Runs the command; <paramref name="args"/> excludes <see cref="Name"/>. Returns the exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}
