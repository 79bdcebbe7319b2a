using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Plugins.Tests.Support;

/// <summary>
/// Signs test requests in: a request with an <c>X-Test-User</c> header becomes that user, holding the permissions
/// listed in <c>X-Test-Permissions</c> (comma-separated) as <c>crm:permission</c> claims, the claim type the host's
/// field authorizer checks. Sign-in is a system edge for these tests; everything after it is the real host.
/// </summary>
public sealed class TestSignIn : IStartupFilter
{
    public const string UserHeader = "X-Test-User";
    public const string PermissionsHeader = "X-Test-Permissions";

    // The plugins work on the history modules' customers and timeline, which the test users read and write anyway;
    // what a test withholds is only ever a plugin's own permission.
    private static readonly string[] HistoryPermissions =
        ["customers.read", "customers.write", "interactions.read", "interactions.write", "agreements.read", "agreements.write"];

    /// <summary>Registers the sign-in on a host being built (pass to <c>CrmTestHost.StartAsync(configure: ...)</c>).</summary>
    public static void AddTo(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IStartupFilter, TestSignIn>();
    }

    /// <summary>Makes every request of <paramref name="http"/> come from <paramref name="user"/> with these permissions.</summary>
    public static void SignIn(HttpClient http, string user, params string[] permissions)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.DefaultRequestHeaders.Remove(UserHeader);
        http.DefaultRequestHeaders.Remove(PermissionsHeader);
        http.DefaultRequestHeaders.Add(UserHeader, user);
        http.DefaultRequestHeaders.Add(PermissionsHeader, string.Join(',', permissions));
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, proceed) =>
        {
            if (context.Request.Headers.TryGetValue(UserHeader, out var user) && user.ToString() is { Length: > 0 } id)
            {
                var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Name, id) };
                claims.AddRange(context.Request.Headers[PermissionsHeader].ToString()
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Concat(HistoryPermissions)
                    .Select(p => new Claim("crm:permission", p)));
                // Every record of every module: these tests are about the plugins, not about record-level access.
                claims.Add(new Claim("crm:record-level", "*=ALL"));
                context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "Test"));
            }

            await proceed(context);
        });
        next(app);
    };
}
