using Crm.Host.Identity.Admin;
using Crm.Host.Identity.Storage;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Host.Identity.GraphQL;

/// <summary>The result of <c>signIn</c>.</summary>
internal sealed record SignInPayload(UserView? User, string? Token, DateTimeOffset? ExpiresAt, IReadOnlyList<IUserError> Errors) : IPayload;

internal sealed class SignInPayloadGraphType : PayloadGraphType<SignInPayload>
{
    public SignInPayloadGraphType()
    {
        Name = "SignInPayload";
        Field<UserGraphType>("user").Resolve(c => c.Source.User).ResolvesWithoutServices();
        Field<StringGraphType>("token")
            .Description("The session's bearer token for scripts (Authorization: Bearer ...); browsers get the same session as an HttpOnly cookie.")
            .Resolve(c => c.Source.Token).ResolvesWithoutServices();
        Field<DateTimeOffsetGraphType>("expiresAt").Resolve(c => c.Source.ExpiresAt).ResolvesWithoutServices();
    }
}

/// <summary>The result of <c>signOut</c>.</summary>
internal sealed record SignOutPayload(bool SignedOut, IReadOnlyList<IUserError> Errors) : IPayload;

internal sealed class SignOutPayloadGraphType : PayloadGraphType<SignOutPayload>
{
    public SignOutPayloadGraphType()
    {
        Name = "SignOutPayload";
        Field<NonNullGraphType<BooleanGraphType>>("signedOut").Resolve(c => c.Source.SignedOut).ResolvesWithoutServices();
    }
}

/// <summary>The result of a user mutation.</summary>
internal sealed record UserPayload(UserView? User, IReadOnlyList<IUserError> Errors) : IPayload;

internal sealed class UserPayloadGraphType : PayloadGraphType<UserPayload>
{
    public UserPayloadGraphType()
    {
        Name = "UserPayload";
        Field<UserGraphType>("user").Resolve(c => c.Source.User).ResolvesWithoutServices();
    }
}

/// <summary>The result of <c>saveRole</c>.</summary>
internal sealed record RolePayload(RoleView? Role, IReadOnlyList<IUserError> Errors) : IPayload;

internal sealed class RolePayloadGraphType : PayloadGraphType<RolePayload>
{
    public RolePayloadGraphType()
    {
        Name = "RolePayload";
        Field<RoleGraphType>("role").Resolve(c => c.Source.Role).ResolvesWithoutServices();
    }
}

/// <summary>The result of <c>createTeam</c>.</summary>
internal sealed record TeamPayload(TeamView? Team, IReadOnlyList<IUserError> Errors) : IPayload;

internal sealed class TeamPayloadGraphType : PayloadGraphType<TeamPayload>
{
    public TeamPayloadGraphType()
    {
        Name = "TeamPayload";
        Field<TeamGraphType>("team").Resolve(c => c.Source.Team).ResolvesWithoutServices();
    }
}

/// <summary>The result of <c>issueApiKey</c> and <c>revokeApiKey</c>; <see cref="Secret"/> only when just issued.</summary>
internal sealed record ApiKeyPayload(AccessTokenRecord? ApiKey, string? Secret, IReadOnlyList<IUserError> Errors) : IPayload;

internal sealed class ApiKeyPayloadGraphType : PayloadGraphType<ApiKeyPayload>
{
    public ApiKeyPayloadGraphType()
    {
        Name = "ApiKeyPayload";
        Field<ApiKeyGraphType>("apiKey").Resolve(c => c.Source.ApiKey).ResolvesWithoutServices();
        Field<StringGraphType>("secret")
            .Description("The key to send (Authorization: Bearer ... or X-Api-Key: ...). Shown only in the answer to issueApiKey; only its hash is stored.")
            .Resolve(c => c.Source.Secret).ResolvesWithoutServices();
    }
}
