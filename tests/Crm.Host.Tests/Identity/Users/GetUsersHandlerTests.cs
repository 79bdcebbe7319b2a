using Crm.Host.Tests.Http;
using Crm.Sdk.Contracts.Users;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.Identity.Users;

public sealed class GetUsersHandlerTests
{
    [Fact]
    public async Task A_module_asking_for_users_gets_the_hosts_users_and_unknown_ids_are_left_out()
    {
        await using var host = await CrmTestHost.StartAsync();
        var mediator = host.Services.GetRequiredService<IMediator>();

        var everyone = await mediator.Send(new GetUsers([]));
        var admin = Assert.Single(everyone);
        Assert.Equal("admin", admin.Login);
        Assert.True(admin.IsActive);
        Assert.Empty(admin.TeamIds);

        var asked = await mediator.Send(new GetUsers([admin.Id, "no-such-user"]));
        Assert.Equal([admin.Id], asked.Select(u => u.Id));
    }
}
