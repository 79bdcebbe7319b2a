using Crm.Sdk.Security;

namespace Crm.Modules.Tasks.Tests.Support;

/// <summary>Who the audit trail says is acting in a test; the test switches it to act as another colleague.</summary>
internal sealed class TestActor : ICurrentUser
{
    public string Id { get; set; } = "anna";
}
