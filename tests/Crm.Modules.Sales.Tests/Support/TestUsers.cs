using Crm.Sdk.Contracts.Users;
using MediatR;

namespace Crm.Modules.Sales.Tests.Support;

/// <summary>
/// The users the test's identity edge knows. The identity module answers <see cref="GetUsers"/> in the host; until
/// it is merged the harness answers it from this list (a system edge for the sales module).
/// </summary>
internal sealed class TestUsers
{
    public Dictionary<string, UserSummary> Users { get; } = new(StringComparer.Ordinal)
    {
        ["manager-1"] = new("manager-1", "irina", "Irina Volkova", true, ["team-a"]),
        ["manager-2"] = new("manager-2", "pavel", "Pavel Smirnov", true, ["team-a"]),
        ["gone"] = new("gone", "oleg", "Oleg Petrov", false, []),
    };
}

/// <summary>Answers <see cref="GetUsers"/> from <see cref="TestUsers"/>.</summary>
internal sealed class TestUsersHandler(TestUsers users) : IRequestHandler<GetUsers, IReadOnlyList<UserSummary>>
{
    public Task<IReadOnlyList<UserSummary>> Handle(GetUsers request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UserSummary>>(request.UserIds.Where(users.Users.ContainsKey).Select(id => users.Users[id]).ToList());
}
