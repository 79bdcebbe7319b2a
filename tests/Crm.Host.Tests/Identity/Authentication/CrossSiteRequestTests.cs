using System.Net;
using System.Text;
using Crm.Host.Tests.Http;
using Crm.Host.Tests.Identity.Support;

namespace Crm.Host.Tests.Identity.Authentication;

/// <summary>
/// A page on another site can make a browser POST a form or text/plain (no CORS preflight) with the session cookie.
/// The transport accepts only JSON bodies for POST, so such a request is refused before any resolver runs.
/// </summary>
public sealed class CrossSiteRequestTests
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_cross_site_form_POST_carrying_the_session_cookie_is_refused_and_writes_nothing(string contentType)
    {
        await using var host = await CrmTestHost.StartAsync();
        var session = await host.SignInAsync("admin", CrmTestHost.AdminPassword);
        using var browser = host.CreateAnonymousClient();
        var mutation = "{\"query\":\"mutation { createCustomer(input: { customer: { name: \\\"Forged\\\" } }) { customer { id } } }\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(mutation)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.Add("Cookie", $"crm_session={session}");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        using var admin = host.CreateClient();
        var count = await IdentityApi.PostAsync(admin, "{ customers(first: 1) { totalCount } }");
        Assert.Equal(0, count["data"]!["customers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_GET_with_the_session_cookie_can_only_run_queries()
    {
        await using var host = await CrmTestHost.StartAsync();
        var session = await host.SignInAsync("admin", CrmTestHost.AdminPassword);
        using var browser = host.CreateAnonymousClient();
        var query = Uri.EscapeDataString("mutation { createCustomer(input: { customer: { name: \"Forged\" } }) { customer { id } } }");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"graphql?query={query}");
        request.Headers.Add("Cookie", $"crm_session={session}");
        request.Headers.Add("Accept", "application/graphql-response+json");

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        using var admin = host.CreateClient();
        var count = await IdentityApi.PostAsync(admin, "{ customers(first: 1) { totalCount } }");
        Assert.Equal(0, count["data"]!["customers"]!["totalCount"]!.GetValue<int>());
    }
}
