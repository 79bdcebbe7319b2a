using System.Net;
using System.Net.Http.Json;
using Crm.Host.Identity.SignIn;
using Crm.Host.Tests.Http;
using Crm.Host.Tests.Identity.Support;

namespace Crm.Host.Tests.Identity.SignIn;

public sealed class SignInTests
{
    private const string SignIn = "mutation($login: String!, $password: String!) { signIn(input: { login: $login, password: $password }) { token user { login } errors { code message } } }";

    [Fact]
    public async Task Signing_in_gives_a_bearer_token_and_an_HttpOnly_SameSite_cookie_that_both_answer_me()
    {
        await using var host = await CrmTestHost.StartAsync();
        using var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = host.BaseAddress };

        using var response = await browser.PostAsJsonAsync("graphql", new { query = SignIn, variables = new { login = "Admin", password = CrmTestHost.AdminPassword } });
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        var json = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var token = json["data"]!["signIn"]!["token"]!.GetValue<string>();

        Assert.StartsWith("crm_session=", setCookie, StringComparison.Ordinal);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("admin", json["data"]!["signIn"]!["user"]!["login"]!.GetValue<string>());

        var byCookie = await IdentityApi.PostAsync(browser, "{ me { login } }");
        Assert.Equal("admin", byCookie["data"]!["me"]!["login"]!.GetValue<string>());

        using var script = host.CreateClient(token);
        var byToken = await IdentityApi.PostAsync(script, "{ me { login displayName } }");
        Assert.Equal("admin", byToken["data"]!["me"]!["login"]!.GetValue<string>());

        using var anonymous = host.CreateAnonymousClient();
        var nobody = await IdentityApi.PostAsync(anonymous, "{ me { login } }");
        Assert.Null(nobody["data"]!["me"]);
    }

    [Fact]
    public async Task A_wrong_password_is_INVALID_CREDENTIALS_in_the_payload_and_signs_nobody_in()
    {
        await using var host = await CrmTestHost.StartAsync();
        using var client = host.CreateAnonymousClient();

        var wrongPassword = await IdentityApi.PostAsync(client, SignIn, new { login = "admin", password = "not-the-password" });
        var unknownLogin = await IdentityApi.PostAsync(client, SignIn, new { login = "nobody", password = "not-the-password" });

        foreach (var json in new[] { wrongPassword, unknownLogin })
        {
            var payload = json["data"]!["signIn"]!;
            Assert.Null(payload["token"]);
            Assert.Null(payload["user"]);
            Assert.Equal(SignInService.InvalidCredentials, payload["errors"]![0]!["code"]!.GetValue<string>());
        }

        // The same message for an unknown login and a wrong password: logins cannot be probed.
        Assert.Equal(
            wrongPassword["data"]!["signIn"]!["errors"]![0]!["message"]!.GetValue<string>(),
            unknownLogin["data"]!["signIn"]!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Repeated_failures_lock_that_login_from_that_address_even_for_the_right_password()
    {
        await using var host = await CrmTestHost.StartAsync(settings: new Dictionary<string, string> { ["Crm:Identity:MaxFailedSignIns"] = "3" });
        using var client = host.CreateAnonymousClient();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var failed = await IdentityApi.PostAsync(client, SignIn, new { login = "admin", password = "guess-" + attempt });
            Assert.Equal(SignInService.InvalidCredentials, failed["data"]!["signIn"]!["errors"]![0]!["code"]!.GetValue<string>());
        }

        var locked = await IdentityApi.PostAsync(client, SignIn, new { login = "admin", password = CrmTestHost.AdminPassword });

        var payload = locked["data"]!["signIn"]!;
        Assert.Equal(SignInService.TooManyAttempts, payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(payload["token"]);
        // Another login from the same address is not affected.
        var other = await IdentityApi.PostAsync(client, SignIn, new { login = "someone-else", password = "x" });
        Assert.Equal(SignInService.InvalidCredentials, other["data"]!["signIn"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_its_token_no_longer_signs_in()
    {
        await using var host = await CrmTestHost.StartAsync(settings: new Dictionary<string, string> { ["Crm:Identity:CacheDuration"] = "00:00:00" });
        var token = await host.SignInAsync("admin", CrmTestHost.AdminPassword);
        using var client = host.CreateClient(token);

        var signOut = await IdentityApi.PostAsync(client, "mutation { signOut { signedOut errors { code } } }");
        var me = await IdentityApi.PostAsync(client, "{ me { login } }");

        Assert.True(signOut["data"]!["signOut"]!["signedOut"]!.GetValue<bool>());
        Assert.Null(me["data"]!["me"]);
    }
}
