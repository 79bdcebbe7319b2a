using Crm.Host.GraphQL.Composition;
using Crm.Host.GraphQL.Printing;
using Crm.Host.Modules;

namespace Crm.Host.Cli;

/// <summary>
/// <c>Crm.Host -- schema print [--output FILE]</c>: writes the SDL of the schema composed from the enabled modules,
/// for client code generation. It equals graphql-js <c>printSchema</c> of the schema the server introspects.
/// </summary>
// The shape accessor is resolved when the command runs, not when the host lists its commands.
internal sealed class SchemaPrintCommand(IServiceProvider services) : ICliCommand
{
    public string Name => "schema";

    public string Summary => "print [--output FILE]: write the GraphQL schema (SDL) of the enabled modules";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] != "print" || args.Count is not (1 or 3) || (args.Count == 3 && args[1] != "--output"))
        {
            await error.WriteLineAsync("Usage: schema print [--output FILE]");
            return CliDispatcher.UsageError;
        }

        var shapes = services.GetService<IApplicationShapeAccessor>();
        if (shapes is null)
        {
            await error.WriteLineAsync("The module manager is not available, so no schema is composed.");
            return 1;
        }

        using var lease = shapes.Acquire();
        var composed = lease.Shape.GetFeature<ComposedSchema>();
        if (composed is null)
        {
            await error.WriteLineAsync("No schema is composed: no module contributed one, or start-up failed (see the log).");
            return 1;
        }

        var sdl = await SdlPrinter.PrintAsync(composed.Schema, cancellationToken);
        if (args.Count == 3)
        {
            await File.WriteAllTextAsync(args[2], sdl, cancellationToken);
            await output.WriteLineAsync($"Wrote the schema to {args[2]}.");
        }
        else
        {
            await output.WriteAsync(sdl);
        }

        return 0;
    }
}
