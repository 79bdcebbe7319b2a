using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Users;
using MediatR;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>
/// Checks colleagues through the host's identity store (<see cref="GetUsers"/>), so work only goes to people who
/// exist and are active. One request for all the ids a use case needs.
/// </summary>
public sealed class UserDirectory(IMediator mediator)
{
    /// <summary>
    /// The errors for each of <paramref name="users"/> (id and the input field it came from) that is unknown or
    /// deactivated; empty when all may take work.
    /// </summary>
    public async Task<IReadOnlyList<ContractError>> CheckActiveAsync(IReadOnlyList<(string UserId, string Field)> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.UserId).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        var known = ids.Count == 0
            ? new Dictionary<string, UserSummary>(StringComparer.Ordinal)
            : (await mediator.Send(new GetUsers(ids), cancellationToken)).ToDictionary(u => u.Id, StringComparer.Ordinal);
        var errors = new List<ContractError>();
        foreach (var (userId, field) in users)
        {
            if (string.IsNullOrWhiteSpace(userId) || !known.TryGetValue(userId, out var user))
            {
                errors.Add(new ContractError(TaskErrorCodes.UnknownUser, $"No user has the id '{userId}'.", field));
            }
            else if (!user.IsActive)
            {
                errors.Add(new ContractError(TaskErrorCodes.UserInactive, $"{user.DisplayName} ({user.Id}) is deactivated and cannot take new work.", field));
            }
        }

        return errors;
    }
}
