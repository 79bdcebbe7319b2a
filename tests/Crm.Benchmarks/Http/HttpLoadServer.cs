using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crm.Host.Hosting;
using Crm.Host.Identity.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Benchmarks.Http;

/// <summary>
/// The server of the HTTP load test (tests/Crm.Benchmarks/Http/load.sh): the real host (module platform,
/// composed schema, executor, transport) serving the LoadCatalog test plugin at /graphql, plus the "floor" at
/// /floor, a hand-written minimal-API endpoint that answers the same JSON from the same rows, so the difference
/// is the whole cost of GraphQL. Both are signed in the same way: the host's authentication (bearer token check,
/// grants as claims) runs before either, and the floor refuses a caller without the permission the GraphQL field
/// needs, so both pay for identity.
/// </summary>
public static class HttpLoadServer
{
    private static readonly JsonSerializerOptions FloorJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs until stopped (SIGTERM). Pass <c>--urls=http://127.0.0.1:PORT</c> and the plugins folder.</summary>
    public static async Task RunAsync(string[] args)
    {
        var app = CrmApplication.Build(args, builder => builder.Services.AddSingleton<LoadCatalog>());

        app.MapPost("/floor", (HttpContext context, LoadCatalog catalog, int? first) =>
            context.User.Identity?.IsAuthenticated != true ? Results.Unauthorized()
            : !HasPermission(context.User, ReadPermission) ? Results.StatusCode(StatusCodes.Status403Forbidden)
            : Results.Json(new FloorResponse(new FloorData(catalog.Customers.Take(first ?? 20))), FloorJson));
        await app.RunAsync();
    }

    // The LoadCatalog plugin's loadCustomers field requires it; the check is the field authorizer's.
    private const string ReadPermission = "loadcatalog.read";

    private static bool HasPermission(ClaimsPrincipal user, string permission) =>
        user.HasClaim(CrmClaimTypes.Permission, CrmClaimTypes.Everything) || user.HasClaim(CrmClaimTypes.Permission, permission);

    private sealed record FloorResponse(FloorData Data);

    private sealed record FloorData(IEnumerable<LoadCustomer> LoadCustomers);
}
