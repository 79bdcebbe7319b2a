using Crm.Sdk.Security;

namespace Crm.Host.Tests.Persistence.Support;

/// <summary>The signed-in user of a test; tests switch it to act as someone else.</summary>
internal sealed class TestUser : ICurrentUser
{
    public string Id { get; set; } = "alice";
}
