using Crm.Host.GraphQL.Admin;
using Crm.Host.Identity.Admin;
using Crm.Host.Identity.Storage;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Security;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Identity.GraphQL;

/// <summary>A person who signs in.</summary>
internal sealed class UserGraphType : CrmObjectGraphType<UserView>
{
    public UserGraphType()
    {
        Name = "User";
        Description = "Someone who signs in. The id is what owner and manager fields of records hold.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id).ResolvesWithoutServices();
        Field(u => u.Login);
        Field(u => u.DisplayName);
        Field(u => u.IsActive).Description("False for a deactivated user, who cannot sign in.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => new DateTimeOffset(c.Source.CreatedAt, TimeSpan.Zero)).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGraphType>>>>("roles")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<IdentityQueries>().RolesAsync(c.Source.RoleIds, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamGraphType>>>>("teams")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<IdentityQueries>().TeamsAsync(c.Source.TeamIds, c.CancellationToken));
    }
}

/// <summary>A named set of permissions and record access levels.</summary>
internal sealed class RoleGraphType : CrmObjectGraphType<RoleView>
{
    public RoleGraphType()
    {
        Name = "Role";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id).ResolvesWithoutServices();
        Field(r => r.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("permissions")
            .Description("Granted permission names; \"*\" grants every permission, present and future.")
            .Resolve(c => c.Source.Permissions).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModuleAccessGraphType>>>>("recordAccess")
            .Description("How far the role sees each module's records; module \"*\" sets every module.")
            .Resolve(c => c.Source.RecordAccess).ResolvesWithoutServices();
    }
}

/// <summary>One module's record access level.</summary>
internal sealed class ModuleAccessGraphType : CrmObjectGraphType<ModuleAccess>
{
    public ModuleAccessGraphType()
    {
        Name = "ModuleAccess";
        Field(a => a.ModuleId);
        Field<NonNullGraphType<RecordAccessLevelGraphType>>("level").Resolve(c => c.Source.Level).ResolvesWithoutServices();
    }
}

/// <summary>The enum of record access levels.</summary>
internal sealed class RecordAccessLevelGraphType : EnumerationGraphType<RecordAccessLevel>
{
    public RecordAccessLevelGraphType()
    {
        Name = "RecordAccessLevel";
        Description = "How much of a module's records a role sees: NONE, OWN (owned by the user), TEAM (owned by a team mate), ALL.";
    }
}

/// <summary>People who see each other's records at TEAM level.</summary>
internal sealed class TeamGraphType : CrmObjectGraphType<TeamView>
{
    public TeamGraphType()
    {
        Name = "Team";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id).ResolvesWithoutServices();
        Field(t => t.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserGraphType>>>>("members")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<IdentityQueries>().UsersAsync(c.Source.MemberIds, c.CancellationToken));
    }
}

/// <summary>An API key as listed: never its secret.</summary>
internal sealed class ApiKeyGraphType : CrmObjectGraphType<AccessTokenRecord>
{
    public ApiKeyGraphType()
    {
        Name = "ApiKey";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id).ResolvesWithoutServices();
        Field(k => k.Name);
        Field<NonNullGraphType<IdGraphType>>("userId").Description("The user the key acts as.").Resolve(c => c.Source.UserId).ResolvesWithoutServices();
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => Utc(c.Source.CreatedAt)).ResolvesWithoutServices();
        Field<DateTimeOffsetGraphType>("expiresAt").Resolve(c => c.Source.ExpiresAt is { } at ? Utc(at) : null).ResolvesWithoutServices();
        Field<DateTimeOffsetGraphType>("revokedAt").Resolve(c => c.Source.RevokedAt is { } at ? Utc(at) : null).ResolvesWithoutServices();
    }

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
