using System.Security.Claims;
using System.Text.Json;

namespace Crm.Host.GraphQL.WebSockets;

/// <summary>
/// Decides whether a WebSocket client may proceed after <c>connection_init</c>, and as whom. The default
/// keeps the user the upgrade request signed in with (cookie or bearer token); security can replace it to
/// read a token from the init payload.
/// </summary>
public interface IGraphQLConnectionInitHandler
{
    /// <summary>The user to run this connection's operations as, or null to close it with 4403 Forbidden.</summary>
    ValueTask<ClaimsPrincipal?> InitializeAsync(HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken);
}
