using System.Text.Encodings.Web;
using System.Text.Json;
using Crm.Host.GraphQL;
using Crm.Host.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Benchmarks.Http;

/// <summary>
/// The server of the HTTP load test (tests/Crm.Benchmarks/Http/load.sh): the real host with its GraphQL
/// transport at /graphql, plus the "floor" at /floor, a hand-written minimal-API endpoint that answers the same
/// JSON from the same data, so the difference is the cost of GraphQL (transport, parsing, execution).
/// </summary>
public static class HttpLoadServer
{
    private static readonly JsonSerializerOptions FloorJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs until stopped (Ctrl+C or SIGTERM). Pass <c>--urls=http://127.0.0.1:PORT</c>.</summary>
    public static async Task RunAsync(string[] args)
    {
        var app = CrmApplication.Build(args, builder =>
        {
            builder.Services.AddSingleton<LoadCatalog>();
            builder.Services.AddSingleton<LoadSchema>();
            builder.Services.AddSingleton<IGraphQLRequestExecutor, LoadExecutor>();
        });

        app.MapPost("/floor", (LoadCatalog catalog, int? first) =>
            Results.Json(new FloorResponse(new FloorData(catalog.Customers.Take(first ?? 20))), FloorJson));
        app.Services.GetRequiredService<LoadSchema>().Initialize();
        await app.RunAsync();
    }

    private sealed record FloorResponse(FloorData Data);

    private sealed record FloorData(IEnumerable<LoadCustomer> Customers);
}
