using Crm.Host.GraphQL.Composition;
using Crm.Host.Hosting;
using Crm.Host.Identity.Admin;
using Crm.Host.Identity.Authentication;
using Crm.Host.Identity.GraphQL;
using Crm.Host.Identity.Permissions;
using Crm.Host.Identity.SignIn;
using Crm.Host.Identity.Tokens;
using Crm.Host.Identity.Users;
using Crm.Sdk.Contracts.Users;
using Crm.Sdk.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crm.Host.Identity;

/// <summary>Registers identity: users and roles in the host's tables, sign-in, tokens and API keys, claims, the current user.</summary>
internal static class IdentityServiceCollectionExtensions
{
    /// <summary>Call after <c>AddCrmPersistence</c> (the first admin is created once the database is ready).</summary>
    public static IServiceCollection AddCrmIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdentityOptions>().Bind(configuration.GetSection(IdentityOptions.Section));
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Singleton<ICurrentUser, RequestCurrentUser>());

        services.AddSingleton<PasswordHashing>();
        services.TryAddSingleton<StartupTimeline>();
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<SignedInPrincipals>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<UserGrantsReader>();
        services.AddSingleton<IdentityQueries>();
        services.AddSingleton<IdentityAdministration>();
        services.AddSingleton<AdminBootstrapper>();
        services.AddSingleton<DemoColleagues>();
        services.AddHostedService(sp => sp.GetRequiredService<AdminBootstrapper>());

        services.AddAuthentication(CrmClaimTypes.Scheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(CrmClaimTypes.Scheme, _ => { });
        services.AddSingleton<IClaimsTransformation, GrantsClaimsTransformation>();
        services.AddSingleton<Crm.Host.GraphQL.WebSockets.IGraphQLConnectionInitHandler, TokenConnectionInitHandler>();

        services.AddSingleton<IHostSchemaContribution, SignInSchema>();
        services.AddSingleton<IHostSchemaContribution, IdentityAdminSchema>();
        services.AddCrmHostRequestHandler<GetUsers, IReadOnlyList<UserSummary>, GetUsersHandler>();
        return services;
    }
}
