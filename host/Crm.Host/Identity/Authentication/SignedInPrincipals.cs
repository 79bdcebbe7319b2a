using System.Runtime.CompilerServices;
using System.Security.Claims;
using Crm.Host.Identity.Tokens;

namespace Crm.Host.Identity.Authentication;

/// <summary>
/// The principal of a checked token, built once per check rather than once per request: while
/// <see cref="AccessTokens"/> keeps a token's check cached, every request with it gets the same principal, and the
/// principal goes when the cached check does (the table holds it only as long as the check object lives).
/// Principals are shared between requests, so nothing may change them; the claims transformation adds grants to a copy.
/// </summary>
internal sealed class SignedInPrincipals
{
    private readonly ConditionalWeakTable<ValidatedToken, ClaimsPrincipal> _principals = new();

    public ClaimsPrincipal For(ValidatedToken token) =>
        _principals.GetValue(token, static checkedToken => TokenAuthenticationHandler.PrincipalOf(checkedToken));
}
