using Autofac.Extensions.DependencyInjection;
using Crm.Host.Cli;

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
        var commands = app.Services.GetServices<ICliCommand>().ToList();
        if (CommandLineSplitter.IsCommand(args))
        {
            return await CliDispatcher.RunAsync(app, commands, args);
        }

        await app.RunAsync();
        return 0;
    }

    /// <param name="args">Command line: configuration overrides, or a command with its arguments.</param>
    /// <param name="configure">Extra registrations before the container is built (tests add activation steps, loggers).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // A command's own flags (--cascade) are not configuration; only --Key=Value overrides are.
        var builder = WebApplication.CreateBuilder(CommandLineSplitter.ConfigurationArgs(args));
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks();
        builder.Services.AddCrmModules(builder.Configuration);
        builder.Services.AddCrmMessaging();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready");
        return app;
    }
}
