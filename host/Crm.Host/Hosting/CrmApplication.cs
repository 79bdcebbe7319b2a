using Autofac.Extensions.DependencyInjection;
using Crm.Host.Cli;
using Crm.Host.GraphQL;

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
        if (args.Length > 0 && !args[0].StartsWith('-'))
        {
            return await CliDispatcher.RunAsync(app, commands, args);
        }

        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks();
        builder.Services.AddCrmGraphQL(builder.Configuration);

        var app = builder.Build();
        app.MapHealthChecks("/health/live");
        app.MapHealthChecks("/health/ready");
        return app;
    }
}
