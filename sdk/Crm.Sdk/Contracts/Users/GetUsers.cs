using MediatR;

namespace Crm.Sdk.Contracts.Users;

/// <summary>
/// Looks up colleagues by user id: the host's identity store answers, so a module can check that an assignee
/// exists and is active, or show a name, without knowing how users are stored. Unknown ids are left out of the
/// answer (never an error), so callers compare what came back with what they asked for.
/// </summary>
/// <param name="UserIds">The ids asked about; an empty list asks for every user.</param>
public sealed record GetUsers(IReadOnlyList<string> UserIds) : IRequest<IReadOnlyList<UserSummary>>;
