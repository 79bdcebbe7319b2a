using Crm.Host.Tests.Http;
using Crm.Host.Tests.WebSockets;

namespace Crm.Host.Tests.Identity.Authentication;

public sealed class TokenConnectionInitHandlerTests
{
    [Fact]
    public async Task A_WebSocket_signs_in_with_the_token_of_its_connection_init_and_a_bad_token_closes_it_with_4403()
    {
        await using var host = await CrmTestHost.StartAsync();

        await using (var signedIn = await GraphQLWsTestClient.ConnectAsync(host.BaseAddress))
        {
            await signedIn.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer " + host.AdminToken } });
            Assert.Equal("connection_ack", (await signedIn.ReceiveAsync())["type"]!.GetValue<string>());
            await signedIn.SubscribeAsync("1", "{ me { login } }");
            var next = await signedIn.ReceiveAsync();
            Assert.Equal("admin", next["payload"]!["data"]!["me"]!["login"]!.GetValue<string>());
        }

        await using (var anonymous = await GraphQLWsTestClient.ConnectAndInitAsync(host.BaseAddress))
        {
            await anonymous.SubscribeAsync("1", "{ me { login } }");
            var next = await anonymous.ReceiveAsync();
            Assert.Null(next["payload"]!["data"]!["me"]);
        }

        await using var forged = await GraphQLWsTestClient.ConnectAsync(host.BaseAddress);
        await forged.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer crmk_not-a-key" } });
        Assert.Equal(4403, await forged.ReceiveCloseAsync());
    }
}
