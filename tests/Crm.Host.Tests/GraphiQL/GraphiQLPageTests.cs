using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Crm.Host.Tests.Http;

namespace Crm.Host.Tests.GraphiQL;

/// <summary>A browser opening /graphql gets GraphiQL (or, in a build without npm, how to get it).</summary>
public sealed partial class GraphiQLPageTests(GreetingsHostFixture fixture) : IClassFixture<GreetingsHostFixture>
{
    [Fact]
    public async Task A_browser_gets_the_graphiql_page_and_its_scripts()
    {
        using var http = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var page = await http.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var script = ScriptSource().Match(html);
        if (!script.Success)
        {
            // This build ran without npm: the page must say how to get GraphiQL.
            Assert.Contains("GraphiQL is not part of this build", html, StringComparison.Ordinal);
            Assert.Contains("npm", html, StringComparison.Ordinal);
            return;
        }

        Assert.StartsWith("/graphql/graphiql/assets/", script.Groups["src"].Value, StringComparison.Ordinal);
        using var asset = await http.GetAsync(new Uri(script.Groups["src"].Value, UriKind.Relative));
        Assert.Equal(200, (int)asset.StatusCode);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 10_000);
    }

    [Fact]
    public async Task An_api_get_with_a_query_still_gets_json()
    {
        using var http = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql?query=%7B__typename%7D");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await http.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_assets_are_404()
    {
        using var http = fixture.Host.CreateClient();

        using var response = await http.GetAsync(new Uri("graphql/graphiql/assets/nothing-here.js", UriKind.Relative));

        Assert.Equal(404, (int)response.StatusCode);
    }

    [GeneratedRegex("<script[^>]+src=\"(?<src>[^\"]+)\"")]
    private static partial Regex ScriptSource();
}
