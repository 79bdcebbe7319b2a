using System.Globalization;
using Crm.Host.Identity.Users;
using Crm.Host.Modules.Lifecycle;
using Crm.Host.Persistence;
using Crm.Sdk.Contracts.Seeding;
using MediatR;

namespace Crm.Host.Cli;

/// <summary>
/// <c>seed demo</c> | <c>seed load --customers N --interactions-per-customer M [--random-seed S]</c>: brings the
/// database and the enabled modules up, then publishes the SDK's seed notification; each enabled module fills its
/// own tables (the host knows none of them) and reports what it wrote.
/// </summary>
// Services are resolved when the command runs, not when the host lists its commands.
internal sealed class SeedCommand(IServiceProvider services, TimeProvider time) : ICliCommand
{
    private const string Usage = """
        Usage:
          seed demo
          seed load --customers N --interactions-per-customer M [--random-seed S]
        """;

    public string Name => "seed";

    public string Summary => "demo | load --customers N --interactions-per-customer M: fill the database with demo or volume data";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        INotification? notification = args.Count switch
        {
            1 when args[0] == "demo" => new SeedDemoData(time.GetUtcNow()),
            > 1 when args[0] == "load" => ParseLoad(args.Skip(1).ToList(), time.GetUtcNow()),
            _ => null,
        };
        if (notification is null)
        {
            await error.WriteLineAsync(Usage);
            return CliDispatcher.UsageError;
        }

        await services.GetRequiredService<DatabaseInitializer>().EnsureInitializedAsync(cancellationToken);
        await services.GetRequiredService<ModuleManager>().ConvergeAsync(cancellationToken);
        if (notification is SeedDemoData)
        {
            // The colleagues the demo history names become users first, so they can sign in and are found by name.
            await output.WriteLineAsync(await services.GetRequiredService<DemoColleagues>().EnsureAsync(cancellationToken));
        }

        await services.GetRequiredService<IMediator>().Publish(notification, cancellationToken);

        var report = notification is SeedDemoData demo ? demo.Report : ((SeedLoadData)notification).Report;
        if (report.Lines.Count == 0)
        {
            await error.WriteLineAsync("No enabled module seeds data (see 'modules list'); nothing was written.");
            return 1;
        }

        foreach (var line in report.Lines.Where(line => line.FailedBecause is null))
        {
            await output.WriteLineAsync(line.SkippedBecause is null
                ? string.Create(CultureInfo.InvariantCulture, $"{line.ModuleId}: {line.Count:N0} {line.What}")
                : $"{line.ModuleId}: nothing written ({line.SkippedBecause})");
        }

        // A module that failed must not look like success to a script waiting on the exit code.
        foreach (var line in report.Lines.Where(line => line.FailedBecause is not null))
        {
            await error.WriteLineAsync($"{line.ModuleId}: seeding failed: {line.FailedBecause}");
        }

        return report.HasFailures ? 1 : 0;
    }

    private static SeedLoadData? ParseLoad(IReadOnlyList<string> options, DateTimeOffset now)
    {
        if (options.Count % 2 != 0)
        {
            return null;
        }

        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < options.Count; i += 2)
        {
            if (options[i] is not ("--customers" or "--interactions-per-customer" or "--random-seed")
                || !int.TryParse(options[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                || !values.TryAdd(options[i], value))
            {
                return null;
            }
        }

        return values.TryGetValue("--customers", out var customers) && customers is > 0 and <= SeedLoadData.MaxCustomers
            && values.TryGetValue("--interactions-per-customer", out var perCustomer) && perCustomer is >= 0 and <= 100_000
            ? new SeedLoadData(customers, perCustomer, now, values.GetValueOrDefault("--random-seed", 20261123))
            : null;
    }
}
