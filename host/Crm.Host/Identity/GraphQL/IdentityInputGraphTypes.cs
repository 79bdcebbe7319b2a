using Crm.Host.Identity.Admin;
using GraphQL.Types;

namespace Crm.Host.Identity.GraphQL;

/// <summary>Login and password.</summary>
internal sealed class SignInInputGraphType : InputObjectGraphType<SignInInput>
{
    public SignInInputGraphType()
    {
        Name = "SignInInput";
        Field(i => i.Login);
        Field(i => i.Password);
    }
}

/// <summary>What <c>signIn</c> takes.</summary>
internal sealed class SignInInput
{
    public string Login { get; set; } = "";

    public string Password { get; set; } = "";
}

internal sealed class CreateUserInputGraphType : InputObjectGraphType<CreateUserInput>
{
    public CreateUserInputGraphType()
    {
        Name = "CreateUserInput";
        Field(i => i.Login);
        Field(i => i.DisplayName, nullable: true);
        Field(i => i.Password, nullable: true).Description("At least 8 characters; leave out for a user who only gets API keys.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("roleIds");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("teamIds");
    }
}

internal sealed class UpdateUserInputGraphType : InputObjectGraphType<UpdateUserInput>
{
    public UpdateUserInputGraphType()
    {
        Name = "UpdateUserInput";
        Description = "Fields left out stay as they are; roleIds and teamIds replace the user's lists.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(i => i.DisplayName, nullable: true);
        Field(i => i.IsActive, nullable: true).Description("False deactivates the user: sign-in refused, sessions ended, keys stop working.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("roleIds");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("teamIds");
    }
}

internal sealed class ResetPasswordInputGraphType : InputObjectGraphType<ResetPasswordInput>
{
    public ResetPasswordInputGraphType()
    {
        Name = "ResetPasswordInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(i => i.Password);
    }
}

/// <summary>What <c>resetPassword</c> takes.</summary>
internal sealed class ResetPasswordInput
{
    public string Id { get; set; } = "";

    public string Password { get; set; } = "";
}

internal sealed class SaveRoleInputGraphType : InputObjectGraphType<SaveRoleInput>
{
    public SaveRoleInputGraphType()
    {
        Name = "SaveRoleInput";
        Description = "Creates a role (no id) or replaces an existing role's name, permissions and record access.";
        Field<IdGraphType>("id");
        Field(i => i.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("permissions");
        Field<ListGraphType<NonNullGraphType<ModuleAccessInputGraphType>>>("recordAccess");
    }
}

internal sealed class ModuleAccessInputGraphType : InputObjectGraphType<ModuleAccessInput>
{
    public ModuleAccessInputGraphType()
    {
        Name = "ModuleAccessInput";
        Field(i => i.ModuleId).Description("A module id such as crm.customers, or \"*\" for every module.");
        Field<NonNullGraphType<RecordAccessLevelGraphType>>("level");
    }
}

internal sealed class CreateTeamInputGraphType : InputObjectGraphType<CreateTeamInput>
{
    public CreateTeamInputGraphType()
    {
        Name = "CreateTeamInput";
        Field(i => i.Name);
    }
}

/// <summary>What <c>createTeam</c> takes.</summary>
internal sealed class CreateTeamInput
{
    public string Name { get; set; } = "";
}

internal sealed class IssueApiKeyInputGraphType : InputObjectGraphType<IssueApiKeyInput>
{
    public IssueApiKeyInputGraphType()
    {
        Name = "IssueApiKeyInput";
        Field<NonNullGraphType<IdGraphType>>("userId").Description("The user the key acts as; it gets that user's permissions.");
        Field(i => i.Name).Description("What uses the key, e.g. \"billing export\".");
        Field<DateTimeOffsetGraphType>("expiresAt");
    }
}

/// <summary>What <c>issueApiKey</c> takes.</summary>
internal sealed class IssueApiKeyInput
{
    public string UserId { get; set; } = "";

    public string Name { get; set; } = "";

    public DateTimeOffset? ExpiresAt { get; set; }
}

internal sealed class RevokeApiKeyInputGraphType : InputObjectGraphType<RevokeApiKeyInput>
{
    public RevokeApiKeyInputGraphType()
    {
        Name = "RevokeApiKeyInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

/// <summary>What <c>revokeApiKey</c> takes.</summary>
internal sealed class RevokeApiKeyInput
{
    public string Id { get; set; } = "";
}
