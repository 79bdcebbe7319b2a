using Microsoft.Extensions.DependencyInjection;
using Crm.Host.Tests.Http.Toy;

namespace Crm.Host.Tests.Http;

/// <summary>One host with the toy schema, shared by the tests of a class.</summary>
public sealed class ToyHostFixture : IAsyncLifetime
{
    private CrmTestHost? _host;

    public CrmTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public ToyGreetings Greetings => Host.Services.GetRequiredService<ToyGreetings>();

    public async Task InitializeAsync() => _host = await CrmTestHost.StartAsync(ToyGraphQL.Register);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
