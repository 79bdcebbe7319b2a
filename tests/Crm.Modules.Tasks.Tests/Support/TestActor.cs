using Crm.Sdk.Security;

namespace Crm.Modules.Tasks.Tests.Support;

/// <summary>
/// Who the audit trail says is acting in a test; the test switches it to act as another colleague, and may limit
/// the permissions it holds (all of them when <see cref="Permissions"/> is null).
/// </summary>
internal sealed class TestActor : ICurrentUser
{
    public string Id { get; set; } = "anna";

    public IReadOnlySet<string>? Permissions { get; set; }

    public RecordAccessLevel AccessLevel { get; set; } = RecordAccessLevel.All;

    public bool HasPermission(string permission) => Permissions?.Contains(permission) ?? true;

    public RecordAccessLevel AccessLevelFor(string moduleId) => AccessLevel;
}
