using Autofac.Extensions.DependencyInjection;
using Crm.Host.Cli;
using Crm.Host.GraphQL;
using Crm.Host.GraphQL.Admin;
using Crm.Host.GraphQL.Http;
using Crm.Host.Identity;
using Crm.Host.Persistence;

namespace Crm.Host.Hosting;

/// <summary>
/// Builds the host and either serves HTTP or runs one admin command (<c>Crm.Host -- modules list</c>),
/// with the same configuration, container and modules in both cases.
/// </summary>
internal static class CrmApplication
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args);
        try
        {
            var commands = app.Services.GetServices<ICliCommand>().ToList();
            if (CommandLineSplitter.IsCommand(args))
            {
                return await CliDispatcher.RunAsync(app, commands, args);
            }

            var timeline = app.Services.GetRequiredService<StartupTimeline>();
            timeline.Mark("host built");
            app.Lifetime.ApplicationStarted.Register(() => timeline.Mark("listening"));
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (DatabaseFault(e) is { } fault)
        {
            // The message names the setting or server to fix; a stack trace would only hide it.
            await Console.Error.WriteLineAsync($"Crm could not start: {fault.Message}");
            return fault is DatabaseConfigurationException ? ExitCodes.Configuration : ExitCodes.Unavailable;
        }
    }

    // A command's dependencies are resolved through Autofac, which wraps the database's own error in its own.
    private static Exception? DatabaseFault(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DatabaseConfigurationException or Crm.Sdk.Persistence.DatabaseUnavailableException)
            {
                return e;
            }
        }

        return null;
    }

    /// <param name="args">The command line (configuration overrides such as <c>--urls</c> included).</param>
    /// <param name="configure">Last changes before the container is built; tests use it to swap in their parts.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // A command's own flags (--cascade) are not configuration; only --Key=Value overrides are.
        var builder = WebApplication.CreateBuilder(CommandLineSplitter.ConfigurationArgs(args));
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory(container => container.UseReflectionConstructorInvokers()));
        if (CommandLineSplitter.IsCommand(args))
        {
            // A command's stdout is its result (`schema print > schema.graphql`); logs go to stderr.
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            // A command brings the modules up to use them, not to serve: no reminder sweep racing a seed's writes.
            builder.Configuration.AddInMemoryCollection([new($"{Modules.ModulesOptions.SectionName}:{nameof(Modules.ModulesOptions.RunBackgroundServices)}", "false")]);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCrmHealthChecks();
        builder.Services.AddCrmPersistence(builder.Configuration);
        builder.Services.AddCrmIdentity(builder.Configuration);
        builder.Services.AddCrmModules(builder.Configuration);
        builder.Services.AddCrmMessaging();
        builder.Services.AddCrmGraphQL(builder.Configuration);
        builder.Services.AddCrmAdminApi();
        builder.Services.AddGraphQLTransport(builder.Configuration);

        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseAuthentication();
        app.MapCrmHealthEndpoints();
        app.MapGraphQLTransport();
        return app;
    }
}
