using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using MediatR;
using Newtonsoft.Json;
using TestPlugins.Contracts;
using TestPlugins.JsonTwelve;

[assembly: CrmModule(typeof(JsonTwelveModule))]

namespace TestPlugins.JsonTwelve;

/// <summary>Uses its private Newtonsoft.Json 12 while the host process has 13.</summary>
public sealed class JsonTwelveModule : ICrmModule
{
    public ModuleManifest Manifest { get; } = new("test.json-twelve", "Test plugin JsonTwelve", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder)
    {
        builder.RegisterType<DescribeJsonHandler>().AsImplementedInterfaces();
        builder.RegisterType<AnnouncementHandler>().AsImplementedInterfaces();
    }

    public void ConfigureSchema(ISchemaBuilder schema)
    {
    }
}

public sealed class DescribeJsonHandler : IRequestHandler<DescribeJsonRequest, string>
{
    // Serializes only a framework type: Newtonsoft caches plugin-defined types process-wide.
    public Task<string> Handle(DescribeJsonRequest request, CancellationToken cancellationToken) =>
        Task.FromResult($"{typeof(JsonConvert).Assembly.GetName().Version} {JsonConvert.SerializeObject(new Dictionary<string, int> { ["answer"] = 42 })}");
}

public sealed class AnnouncementHandler : INotificationHandler<Announcement>
{
    public Task Handle(Announcement notification, CancellationToken cancellationToken)
    {
        notification.Receipts.Enqueue("test.json-twelve");
        return Task.CompletedTask;
    }
}
