namespace Crm.Sdk.Contracts.Users;

/// <summary>One colleague, as other modules see them.</summary>
/// <param name="Id">The stable user id, the one audit entries and owner columns hold.</param>
/// <param name="Login">The sign-in name.</param>
/// <param name="DisplayName">The name people read.</param>
/// <param name="IsActive">False for a deactivated user: keep their history, assign them no new work.</param>
/// <param name="TeamIds">The teams the user belongs to.</param>
public sealed record UserSummary(string Id, string Login, string DisplayName, bool IsActive, IReadOnlyList<string> TeamIds);
