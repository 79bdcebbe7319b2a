using Crm.Sdk.Security;

namespace Crm.Host.Persistence;

/// <summary>
/// The actor when nobody is signed in: the host itself. The security work replaces it with the signed-in user;
/// until then every audit entry says <c>system</c>.
/// </summary>
internal sealed class SystemCurrentUser : ICurrentUser
{
    /// <summary>The id written for work the host does on its own.</summary>
    public const string SystemId = "system";

    public string Id => SystemId;
}
