using System.Security.Claims;
using System.Text.Json;
using Crm.Host.GraphQL.WebSockets;
using Crm.Host.Identity.Tokens;
using Microsoft.AspNetCore.Authentication;

namespace Crm.Host.Identity.Authentication;

/// <summary>
/// Signs a WebSocket connection in from its <c>connection_init</c> payload when it carries a token
/// (<c>{"authorization": "Bearer ..."}</c> or <c>{"apiKey": "..."}</c>), since browsers' WebSocket API cannot set
/// headers; otherwise the connection keeps the user of the upgrade request (cookie or header). A token that does not
/// work closes the connection with 4403 rather than silently running it anonymously.
/// </summary>
/// <remarks>
/// The token store and the claims come from the upgrade request's services, not the constructor: the endpoint that
/// holds this handler is built with the host, before the database settings are known to be valid, and an admin
/// command with a wrong setting must still end with its one-line error instead of a failed resolution.
/// </remarks>
internal sealed class TokenConnectionInitHandler : IGraphQLConnectionInitHandler
{
    public async ValueTask<ClaimsPrincipal?> InitializeAsync(HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken)
    {
        if (SecretOf(payload) is not { } secret)
        {
            return upgrade.User;
        }

        var services = upgrade.RequestServices;
        if (await services.GetRequiredService<AccessTokens>().ValidateAsync(secret, cancellationToken) is not { } token)
        {
            return null;
        }

        var principal = await services.GetRequiredService<IClaimsTransformation>().TransformAsync(services.GetRequiredService<SignedInPrincipals>().For(token));
        // The connection's ICurrentUser reads the upgrade request's user, so it must be this one.
        upgrade.User = principal;
        return principal;
    }

    private static string? SecretOf(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } init)
        {
            return null;
        }

        foreach (var property in init.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString() is not { Length: > 0 } value)
            {
                continue;
            }

            if (property.NameEquals("authorization") || property.NameEquals("Authorization"))
            {
                return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : value.Trim();
            }

            if (property.NameEquals("apiKey"))
            {
                return value.Trim();
            }
        }

        return null;
    }
}
