using Crm.Sdk.Security;

namespace Crm.Modules.History.Tests.Support;

/// <summary>Who the audit trail says is acting in a test.</summary>
internal sealed class TestActor : ICurrentUser
{
    public string Id { get; set; } = "tester";
}
