using System.Runtime.CompilerServices;
using System.Security.Claims;
using Crm.Host.Identity.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Crm.Host.Identity.Authentication;

/// <summary>
/// Adds what the signed-in user's roles and teams give them as claims (permissions, record levels, team mates), read
/// from the database and cached for <see cref="IdentityOptions.CacheDuration"/> so a role change takes effect within
/// seconds. Everything downstream (the field authorizer, <c>ICurrentUser</c>) reads only claims. The enriched copy is
/// kept with the signed-in principal it came from (see <see cref="SignedInPrincipals"/>) and reused while the grants
/// it was built from are the cached ones, so a busy client does not rebuild its claims on every request.
/// </summary>
internal sealed class GrantsClaimsTransformation(UserGrantsReader reader, IMemoryCache cache, IOptions<IdentityOptions> options) : IClaimsTransformation
{
    private readonly ConditionalWeakTable<ClaimsPrincipal, Enriched> _enriched = new();

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true, AuthenticationType: CrmClaimTypes.Scheme } identity
            || identity.HasClaim(c => c.Type == CrmClaimTypes.GrantsLoaded)
            || identity.FindFirst(CrmClaimTypes.UserId)?.Value is not { } userId)
        {
            return principal;
        }

        var grants = await GrantsOfAsync(userId);
        if (_enriched.TryGetValue(principal, out var known) && ReferenceEquals(known.Grants, grants))
        {
            return known.Principal;
        }

        var claims = new List<Claim>(grants.Permissions.Count + grants.Levels.Count + grants.TeamMemberIds.Count + 1)
        {
            new(CrmClaimTypes.GrantsLoaded, "true"),
        };
        claims.AddRange(grants.Permissions.Select(p => new Claim(CrmClaimTypes.Permission, p)));
        claims.AddRange(grants.Levels.Select(l => new Claim(CrmClaimTypes.RecordLevel, $"{l.Key}={l.Value.ToString().ToUpperInvariant()}")));
        claims.AddRange(grants.TeamMemberIds.Select(id => new Claim(CrmClaimTypes.TeamMember, id)));

        // A new identity: the authentication result may be cached, and claims are added to a copy, as ASP.NET Core advises.
        var enriched = identity.Clone();
        enriched.AddClaims(claims);
        var result = new ClaimsPrincipal(enriched);
        _enriched.AddOrUpdate(principal, new Enriched(grants, result));
        return result;
    }

    private sealed record Enriched(UserGrants Grants, ClaimsPrincipal Principal);

    private async Task<UserGrants> GrantsOfAsync(string userId)
    {
        var key = "crm:grants:" + userId;
        if (cache.TryGetValue(key, out UserGrants? grants) && grants is not null)
        {
            return grants;
        }

        grants = await reader.ReadAsync(userId, CancellationToken.None);
        if (options.Value.CacheDuration > TimeSpan.Zero)
        {
            cache.Set(key, grants, options.Value.CacheDuration);
        }

        return grants;
    }
}
