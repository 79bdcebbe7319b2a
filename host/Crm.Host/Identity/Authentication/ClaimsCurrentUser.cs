using System.Security.Claims;
using Crm.Sdk.Security;

namespace Crm.Host.Identity.Authentication;

/// <summary>
/// An <see cref="ICurrentUser"/> read from a principal's claims (<see cref="CrmClaimTypes"/>). Anonymous principals hold
/// no permission and see no record.
/// </summary>
public sealed class ClaimsCurrentUser : ICurrentUser
{
    /// <summary>The id an anonymous caller writes into audit entries.</summary>
    public const string AnonymousId = "anonymous";

    private readonly ClaimsPrincipal _principal;
    private readonly HashSet<string> _permissions;
    private readonly Dictionary<string, RecordAccessLevel> _levels;
    private readonly HashSet<string> _team;

    /// <summary>Reads <paramref name="principal"/>'s claims once.</summary>
    public ClaimsCurrentUser(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        _principal = principal;
        IsAuthenticated = principal.Identity?.IsAuthenticated == true;
        Id = IsAuthenticated
            ? principal.FindFirst(CrmClaimTypes.UserId)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? principal.Identity?.Name ?? AnonymousId
            : AnonymousId;
        _permissions = principal.FindAll(CrmClaimTypes.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        _levels = new Dictionary<string, RecordAccessLevel>(StringComparer.Ordinal);
        foreach (var claim in principal.FindAll(CrmClaimTypes.RecordLevel))
        {
            var separator = claim.Value.LastIndexOf('=');
            if (separator > 0 && Enum.TryParse<RecordAccessLevel>(claim.Value[(separator + 1)..], ignoreCase: true, out var level))
            {
                _levels[claim.Value[..separator]] = level;
            }
        }

        _team = principal.FindAll(CrmClaimTypes.TeamMember).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        _team.Add(Id);
    }

    /// <summary>The principal the claims came from.</summary>
    public ClaimsPrincipal Principal => _principal;

    /// <inheritdoc/>
    public string Id { get; }

    /// <inheritdoc/>
    public bool IsAuthenticated { get; }

    /// <inheritdoc/>
    public IReadOnlySet<string> TeamMemberIds => _team;

    /// <inheritdoc/>
    public bool HasPermission(string permission) =>
        IsAuthenticated && (_permissions.Contains(permission) || _permissions.Contains(CrmClaimTypes.Everything));

    /// <inheritdoc/>
    public RecordAccessLevel AccessLevelFor(string moduleId) => IsAuthenticated
        ? (RecordAccessLevel)Math.Max((int)_levels.GetValueOrDefault(moduleId), (int)_levels.GetValueOrDefault(CrmClaimTypes.Everything))
        : RecordAccessLevel.None;
}
