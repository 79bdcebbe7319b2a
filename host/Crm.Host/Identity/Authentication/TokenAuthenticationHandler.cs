using System.Security.Claims;
using System.Text.Encodings.Web;
using Crm.Host.Identity.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Crm.Host.Identity.Authentication;

/// <summary>
/// Signs a request in from its secret: <c>Authorization: Bearer ...</c> (a session token or an API key),
/// <c>X-Api-Key: ...</c>, or the session cookie a browser got from <c>signIn</c>. No secret means anonymous (fields
/// that need a permission then answer UNAUTHENTICATED); a secret that does not work is the same, never a 401 for the
/// whole request, so GraphQL reports the error at the field that needed the user.
/// </summary>
internal sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokens tokens,
    SignedInPrincipals principals,
    IOptions<IdentityOptions> identity)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    /// <summary>The header an integration may send its API key in.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = SecretOf(Request, identity.Value.CookieName);
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.ValidateAsync(secret, Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("The token or API key is unknown, expired or revoked.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principals.For(token), CrmClaimTypes.Scheme));
    }

    /// <summary>The principal a working token signs in: who, and with which token; grants are added afterwards.</summary>
    public static ClaimsPrincipal PrincipalOf(ValidatedToken token) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, token.UserId),
                new Claim(CrmClaimTypes.UserId, token.UserId),
                new Claim(ClaimTypes.Name, token.Login),
                new Claim(CrmClaimTypes.TokenId, token.TokenId),
            ],
            CrmClaimTypes.Scheme,
            ClaimTypes.Name,
            ClaimTypes.Role));

    /// <summary>The secret the request carries, header before cookie; null when none.</summary>
    public static string? SecretOf(HttpRequest request, string cookieName)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim() is { Length: > 0 } bearer ? bearer : null;
        }

        if (request.Headers[ApiKeyHeader].ToString() is { Length: > 0 } key)
        {
            return key.Trim();
        }

        return request.Cookies.TryGetValue(cookieName, out var cookie) && cookie.Length > 0 ? cookie : null;
    }

    /// <summary>True when the request is signed in by its cookie rather than a header (so cross-site rules apply).</summary>
    public static bool UsesCookie(HttpRequest request, string cookieName) =>
        request.Headers.Authorization.Count == 0 && request.Headers[ApiKeyHeader].Count == 0 && request.Cookies.ContainsKey(cookieName);
}
