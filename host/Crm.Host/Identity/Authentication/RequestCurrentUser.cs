using Crm.Host.Persistence;
using Crm.Sdk.Security;

namespace Crm.Host.Identity.Authentication;

/// <summary>
/// The host's <see cref="ICurrentUser"/>: during an HTTP or WebSocket request, whoever the request signed in (anonymous
/// included); outside requests (start-up, background work, admin commands), the <c>system</c> actor. A singleton that
/// reads the ambient request each time, so audit entries name the real user.
/// </summary>
internal sealed class RequestCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private static readonly SystemCurrentUser System = new();

    public string Id => Current.Id;

    public bool IsAuthenticated => Current.IsAuthenticated;

    public IReadOnlySet<string> TeamMemberIds => Current.TeamMemberIds;

    public bool HasPermission(string permission) => Current.HasPermission(permission);

    public RecordAccessLevel AccessLevelFor(string moduleId) => Current.AccessLevelFor(moduleId);

    private ICurrentUser Current
    {
        get
        {
            if (accessor.HttpContext is not { } context)
            {
                return System;
            }

            // Parsed once per request and kept with it: a resolver may ask many times.
            if (context.Items.TryGetValue(typeof(ClaimsCurrentUser), out var cached) && cached is ClaimsCurrentUser user && ReferenceEquals(user.Principal, context.User))
            {
                return user;
            }

            var fresh = new ClaimsCurrentUser(context.User);
            context.Items[typeof(ClaimsCurrentUser)] = fresh;
            return fresh;
        }
    }
}
