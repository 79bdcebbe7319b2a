using Crm.Host.GraphQL.Admin;
using Crm.Host.GraphQL.Composition;
using Crm.Host.Identity.Admin;
using Crm.Host.Identity.Permissions;
using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Identity.GraphQL;

/// <summary>The identity admin API: users, roles, teams, API keys and the permission list, all behind <c>users.manage</c>.</summary>
internal sealed class IdentityAdminSchema : IHostSchemaContribution
{
    // The lists are nullable on purpose: a caller without the permission gets FORBIDDEN at that field only, while a
    // non-null field's error would null the whole response.
    public void ConfigureSchema(ISchemaBuilder schema)
    {
        schema.Query.Field<ListGraphType<NonNullGraphType<UserGraphType>>>("users")
            .Description("Every user, by login.")
            .ResolveAsync(async ctx => await Queries(ctx).UsersAsync(null, ctx.CancellationToken))
            .RequirePermission(HostPermissions.UsersManage);
        schema.Query.Field<ListGraphType<NonNullGraphType<RoleGraphType>>>("roles")
            .ResolveAsync(async ctx => await Queries(ctx).RolesAsync(null, ctx.CancellationToken))
            .RequirePermission(HostPermissions.UsersManage);
        schema.Query.Field<ListGraphType<NonNullGraphType<TeamGraphType>>>("teams")
            .ResolveAsync(async ctx => await Queries(ctx).TeamsAsync(null, ctx.CancellationToken))
            .RequirePermission(HostPermissions.UsersManage);
        schema.Query.Field<ListGraphType<NonNullGraphType<ApiKeyGraphType>>>("apiKeys")
            .Description("Every API key, revoked ones included; never a secret.")
            .ResolveAsync(async ctx => await Queries(ctx).ApiKeysAsync(ctx.CancellationToken))
            .RequirePermission(HostPermissions.UsersManage);
        schema.Query.Field<ListGraphType<NonNullGraphType<PermissionGraphType>>>("permissions")
            .Description("Every permission the host and the enabled modules declare, for building roles.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<PermissionCatalog>().List())
            .RequirePermission(HostPermissions.UsersManage);

        schema.Mutation.PayloadField<CreateUserInputGraphType, CreateUserInput, UserPayloadGraphType>("createUser", async (ctx, input) =>
            await UserPayloadAsync(ctx, await Admin(ctx).CreateUserAsync(input, ctx.CancellationToken)))
            .RequirePermission(HostPermissions.UsersManage);
        schema.Mutation.PayloadField<UpdateUserInputGraphType, UpdateUserInput, UserPayloadGraphType>("updateUser", async (ctx, input) =>
            await UserPayloadAsync(ctx, await Admin(ctx).UpdateUserAsync(input, ctx.CancellationToken)))
            .RequirePermission(HostPermissions.UsersManage);
        schema.Mutation.PayloadField<ResetPasswordInputGraphType, ResetPasswordInput, UserPayloadGraphType>("resetPassword", async (ctx, input) =>
            await UserPayloadAsync(ctx, await Admin(ctx).ResetPasswordAsync(input.Id, input.Password, ctx.CancellationToken)))
            .Description("Sets a new password and ends the user's open sessions.")
            .RequirePermission(HostPermissions.UsersManage);
        schema.Mutation.PayloadField<SaveRoleInputGraphType, SaveRoleInput, RolePayloadGraphType>("saveRole", async (ctx, input) =>
        {
            var result = await Admin(ctx).SaveRoleAsync(input, ctx.CancellationToken);
            return result.Value is null
                ? new RolePayload(null, result.Errors)
                : new RolePayload((await Queries(ctx).RolesAsync([result.Value.Id], ctx.CancellationToken))[0], []);
        }).RequirePermission(HostPermissions.UsersManage);
        schema.Mutation.PayloadField<CreateTeamInputGraphType, CreateTeamInput, TeamPayloadGraphType>("createTeam", async (ctx, input) =>
        {
            var result = await Admin(ctx).CreateTeamAsync(input.Name, ctx.CancellationToken);
            return new TeamPayload(result.Value is null ? null : new TeamView(result.Value.Id, result.Value.Name, []), result.Errors);
        }).RequirePermission(HostPermissions.UsersManage);
        schema.Mutation.PayloadField<IssueApiKeyInputGraphType, IssueApiKeyInput, ApiKeyPayloadGraphType>("issueApiKey", async (ctx, input) =>
        {
            var result = await Admin(ctx).IssueApiKeyAsync(input.UserId, input.Name, input.ExpiresAt, ctx.CancellationToken);
            return new ApiKeyPayload(result.Value?.Record, result.Value?.Secret, result.Errors);
        }).Description("Issues an API key acting as a user. The secret is in this answer only.")
            .RequirePermission(HostPermissions.UsersManage);
        schema.Mutation.PayloadField<RevokeApiKeyInputGraphType, RevokeApiKeyInput, ApiKeyPayloadGraphType>("revokeApiKey", async (ctx, input) =>
        {
            var result = await Admin(ctx).RevokeApiKeyAsync(input.Id, ctx.CancellationToken);
            return new ApiKeyPayload(result.Value, null, result.Errors);
        }).Description("Revokes an API key; requests carrying it are anonymous within seconds.")
            .RequirePermission(HostPermissions.UsersManage);
    }

    private static async Task<IPayload> UserPayloadAsync(IResolveFieldContext ctx, AdminResult<Storage.UserRecord> result) =>
        result.Value is null
            ? new UserPayload(null, result.Errors)
            : new UserPayload(await Queries(ctx).UserAsync(result.Value.Id, ctx.CancellationToken), []);

    private static IdentityQueries Queries(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<IdentityQueries>();

    private static IdentityAdministration Admin(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<IdentityAdministration>();
}
