using System.Security.Claims;
using System.Text.Json;

namespace Crm.Host.GraphQL.WebSockets;

/// <summary>Accepts every connection as the user of the upgrade request; permission checks happen per field.</summary>
internal sealed class AcceptUpgradeUserConnectionInitHandler : IGraphQLConnectionInitHandler
{
    public ValueTask<ClaimsPrincipal?> InitializeAsync(HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult<ClaimsPrincipal?>(upgrade.User);
}
