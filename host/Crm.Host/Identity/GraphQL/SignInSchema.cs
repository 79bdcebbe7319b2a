using Crm.Host.GraphQL.Composition;
using Crm.Host.Identity.Admin;
using Crm.Host.Identity.Authentication;
using Crm.Host.Identity.SignIn;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Security;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Host.Identity.GraphQL;

/// <summary>
/// <c>signIn</c>, <c>signOut</c> and <c>me</c>: open to everyone (they are how one gets signed in), always in the
/// schema whatever modules are enabled.
/// </summary>
internal sealed class SignInSchema : IHostSchemaContribution
{
    public void ConfigureSchema(ISchemaBuilder schema)
    {
        schema.Query.Field<UserGraphType>("me")
            .Description("The signed-in user; null for an anonymous caller.")
            .ResolveAsync(async ctx =>
            {
                var user = Service<ICurrentUser>(ctx);
                return user.IsAuthenticated ? await Service<IdentityQueries>(ctx).UserAsync(user.Id, ctx.CancellationToken) : null;
            });

        schema.Mutation.PayloadField<SignInInputGraphType, SignInInput, SignInPayloadGraphType>("signIn", async (ctx, input) =>
        {
            var http = Service<IHttpContextAccessor>(ctx).HttpContext;
            var client = http?.Connection.RemoteIpAddress?.ToString() ?? "local";
            var outcome = await Service<SignInService>(ctx).SignInAsync(input.Login, input.Password, client, ctx.CancellationToken);
            if (outcome.Session is null)
            {
                return new SignInPayload(null, null, null, [new InputError(outcome.ErrorCode!, outcome.ErrorMessage!)]);
            }

            var expiresAt = new DateTimeOffset(DateTime.SpecifyKind(outcome.Session.Record.ExpiresAt!.Value, DateTimeKind.Utc));
            if (http is not null && !http.Response.HasStarted)
            {
                var options = Service<IOptions<IdentityOptions>>(ctx).Value;
                http.Response.Cookies.Append(options.CookieName, outcome.Session.Secret, new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Strict,
                    Secure = options.SecureCookie ?? http.Request.IsHttps,
                    Expires = expiresAt,
                    Path = "/",
                });
            }

            var user = await Service<IdentityQueries>(ctx).UserAsync(outcome.User!.Id, ctx.CancellationToken);
            return new SignInPayload(user, outcome.Session.Secret, expiresAt, []);
        }).Description("Signs in with login and password: a bearer token in the payload, and an HttpOnly cookie for browsers. " +
            "A wrong login or password is the error INVALID_CREDENTIALS; after 5 failures in 15 minutes (per login and address) TOO_MANY_ATTEMPTS.");

        schema.Mutation.Field<NonNullGraphType<SignOutPayloadGraphType>>("signOut")
            .Description("Ends the session the request came with (token or cookie) and clears the cookie. Signing out when not signed in is no error.")
            .ResolveAsync(async ctx =>
            {
                var http = Service<IHttpContextAccessor>(ctx).HttpContext;
                var options = Service<IOptions<IdentityOptions>>(ctx).Value;
                if (http is null || TokenAuthenticationHandler.SecretOf(http.Request, options.CookieName) is not { } secret)
                {
                    return new SignOutPayload(false, []);
                }

                await Service<Tokens.AccessTokens>(ctx).RevokeBySecretAsync(secret, ctx.CancellationToken);
                if (!http.Response.HasStarted)
                {
                    http.Response.Cookies.Delete(options.CookieName, new CookieOptions { Path = "/", HttpOnly = true, SameSite = SameSiteMode.Strict });
                }

                return new SignOutPayload(true, []);
            });
    }

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();
}
