using System.Security.Claims;
using Crm.Host.GraphQL;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Tests.GraphQL.Support;

/// <summary>
/// A minimal POST-only /graphql on Kestrel (127.0.0.1, a free port) over the engine's executor, so graphql-js can judge
/// the engine before the real transport (another helper's area) is merged. 400 for requests that never executed.
/// </summary>
internal sealed class TestGraphQLEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestGraphQLEndpoint(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public static async Task<TestGraphQLEndpoint> StartAsync(GraphQLTestHost host)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var serializer = host.Serializer;
        app.MapPost("/graphql", async (HttpContext http) =>
        {
            GraphQLRequest? request;
            try
            {
                request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            }
            catch (System.Text.Json.JsonException)
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            var result = await host.Executor.ExecuteAsync(
                new GraphQLRequestContext(request?.Query, request?.OperationName, request?.Variables, request?.Extensions,
                    new ClaimsPrincipal(new ClaimsIdentity()), host.Services),
                http.RequestAborted);
            http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
            http.Response.ContentType = "application/json";
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestGraphQLEndpoint(app, address + "/graphql");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
