using Crm.Sdk.Contracts.Users;
using MediatR;

namespace Crm.Modules.Tasks.Tests.Support;

/// <summary>
/// The identity store's answer to <see cref="GetUsers"/>, standing in for the host's handler (a system edge for this
/// module): four colleagues, one of them deactivated. Unknown ids are left out, as the contract says.
/// </summary>
internal sealed class TestUsers : IRequestHandler<GetUsers, IReadOnlyList<UserSummary>>
{
    public static readonly IReadOnlyList<UserSummary> All =
    [
        new("anna", "anna", "Anna Petrova", true, ["sales"]),
        new("boris", "boris", "Boris Ivanov", true, ["sales"]),
        new("clara", "clara", "Clara Smirnova", true, ["sales"]),
        new("dmitry", "dmitry", "Dmitry Orlov", false, ["sales"]),
    ];

    public Task<IReadOnlyList<UserSummary>> Handle(GetUsers request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<UserSummary> found = request.UserIds.Count == 0 ? All : All.Where(u => request.UserIds.Contains(u.Id)).ToList();
        return Task.FromResult(found);
    }
}
