using System.Net.Http.Headers;
using System.Text;

namespace Crm.Host.Tests.Http;

/// <summary>GraphQL over HTTP against the real host on Kestrel: media types, methods and status codes.</summary>
public sealed class GraphQLHttpEndpointTests(GreetingsHostFixture fixture) : IClassFixture<GreetingsHostFixture>
{
    private readonly HttpClient _http = fixture.Host.CreateClient();

    private GraphQLHttpClient Client => new(_http);

    [Fact]
    public async Task Post_json_answers_data_in_the_accepted_media_type_and_keeps_cyrillic_readable()
    {
        var response = await Client.PostJsonAsync(new { query = "{ greeting hello(name: \"Мир\") }" });

        Assert.Equal(200, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.Equal("Hello, Мир!", response.Json["data"]!["hello"]!.GetValue<string>());
        Assert.Contains("\"Hello, Мир!\"", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "application/json; charset=utf-8")]
    [InlineData("*/*", "application/json; charset=utf-8")]
    [InlineData("application/json", "application/json; charset=utf-8")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("text/html, application/graphql-response+json;q=0.9, */*;q=0.8", "application/graphql-response+json; charset=utf-8")]
    public async Task Response_media_type_follows_accept(string? accept, string expected)
    {
        var response = await Client.PostJsonAsync(new { query = "{ __typename }" }, accept);

        Assert.Equal(200, response.Status);
        Assert.Equal(expected, response.ContentType);
    }

    [Fact]
    public async Task Unsupported_accept_is_406()
    {
        var response = await Client.PostJsonAsync(new { query = "{ __typename }" }, "text/xml");

        Assert.Equal(406, response.Status);
        Assert.Equal("NOT_ACCEPTABLE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables()
    {
        var response = await Client.GetAsync("query Hi($n: String) { hello(name: $n) }", "Hi", "{\"n\":\"GET\"}");

        Assert.Equal(200, response.Status);
        Assert.Equal("Hello, GET!", response.Json["data"]!["hello"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_carrying_a_mutation_is_405_with_allow_post_and_never_runs()
    {
        var before = await GreetingChangesAsync();

        var response = await Client.GetAsync("mutation { setGreeting(text: \"via GET\") }");

        Assert.Equal(405, response.Status);
        Assert.Equal("POST", response.Allow);
        Assert.Equal("OPERATION_NOT_ALLOWED", response.FirstErrorCode);
        Assert.Equal(before, await GreetingChangesAsync());
    }

    [Fact]
    public async Task Get_selecting_the_mutation_of_a_mixed_document_by_name_is_405()
    {
        var response = await Client.GetAsync("query Q { greeting } mutation M { setGreeting(text: \"x\") }", "M");

        Assert.Equal(405, response.Status);
    }

    [Fact]
    public async Task Post_runs_a_mutation()
    {
        var response = await Client.PostJsonAsync(new { query = "mutation($t: String!) { setGreeting(text: $t) }", variables = new { t = "Здравствуйте" } });

        Assert.Equal(200, response.Status);
        Assert.Equal("Здравствуйте", response.Json["data"]!["setGreeting"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("application/graphql-response+json", 400)]
    [InlineData("application/json", 400)]
    public async Task Malformed_json_is_400_without_data(string accept, int expected)
    {
        var response = await Client.PostAsync("{\"query\": \"{ greeting }\"", "application/json", accept);

        Assert.Equal(expected, response.Status);
        Assert.Equal("INVALID_JSON", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task Cross_site_form_and_other_content_types_are_415_and_never_run(string? contentType)
    {
        var before = await GreetingChangesAsync();

        var response = await Client.PostAsync("{\"query\":\"mutation { setGreeting(text: \\\"csrf\\\") }\"}", contentType);

        Assert.Equal(415, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.FirstErrorCode);
        Assert.Equal(before, await GreetingChangesAsync());
    }

    [Fact]
    public async Task Missing_query_is_400()
    {
        var response = await Client.PostJsonAsync(new { variables = new { } });

        Assert.Equal(400, response.Status);
        Assert.Equal("QUERY_MISSING", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("application/graphql-response+json", 400)]
    [InlineData("application/json", 200)]
    public async Task Syntax_error_is_400_or_legacy_200_without_data(string accept, int expected)
    {
        var response = await Client.PostJsonAsync(new { query = "{ greeting" }, accept);

        Assert.Equal(expected, response.Status);
        Assert.False(response.HasData);
        Assert.NotNull(response.FirstErrorCode);
    }

    [Theory]
    [InlineData("application/graphql-response+json", 422)]
    [InlineData("application/json", 200)]
    public async Task Validation_failure_is_422_or_legacy_200_without_data(string accept, int expected)
    {
        var response = await Client.PostJsonAsync(new { query = "{ noSuchField }" }, accept);

        Assert.Equal(expected, response.Status);
        Assert.False(response.HasData);
        Assert.Contains("noSuchField", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/graphql-response+json", 400)]
    [InlineData("application/json", 200)]
    public async Task Unknown_operation_name_is_a_request_error(string accept, int expected)
    {
        var response = await Client.PostJsonAsync(new { query = "query A { greeting } query B { greeting }", operationName = "C" }, accept);

        Assert.Equal(expected, response.Status);
        Assert.False(response.HasData);
        Assert.NotNull(response.FirstErrorCode);
    }

    [Theory]
    [InlineData("application/graphql-response+json", 400)]
    [InlineData("application/json", 200)]
    public async Task Variables_of_the_wrong_type_are_a_request_error_and_never_run(string accept, int expected)
    {
        var before = await GreetingChangesAsync();

        var response = await Client.PostJsonAsync(new { query = "mutation($t: String!) { setGreeting(text: $t) }", variables = new { t = new[] { 1, 2 } } }, accept);

        Assert.Equal(expected, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(before, await GreetingChangesAsync());
    }

    [Fact]
    public async Task Ten_megabyte_body_is_413_without_being_read()
    {
        var body = "{\"query\":\"{ greeting }\",\"extensions\":{\"pad\":\"" + new string('x', 10 * 1024 * 1024) + "\"}}";

        var response = await Client.PostAsync(body, "application/json");

        Assert.Equal(413, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Oversized_chunked_body_without_content_length_is_413()
    {
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ greeting }\",\"extensions\":{\"pad\":\"" + new string('x', 2 * 1024 * 1024) + "\"}}");
        using var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await Client.SendAsync(request, GraphQLHttpClient.GraphQLResponse);

        Assert.Equal(413, response.Status);
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow()
    {
        var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "graphql") { Content = new StringContent("{}") }, null);

        Assert.Equal(405, response.Status);
        Assert.Equal("GET, POST", response.Allow);
    }

    [Fact]
    public async Task Resolver_failure_keeps_data_and_hides_the_exception()
    {
        var response = await Client.PostJsonAsync(new { query = "{ greeting failing }" });

        Assert.Equal(200, response.Status);
        Assert.NotNull(response.Json["data"]!["greeting"]);
        Assert.Equal(["failing"], response.Json["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.DoesNotContain("secret internal detail", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscription_over_http_is_refused_with_a_pointer_to_websocket()
    {
        var response = await Client.PostJsonAsync(new { query = "subscription { greetingChanged }" });

        Assert.Equal(400, response.Status);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Each_operation_writes_one_structured_log_line_with_name_duration_and_codes()
    {
        await Client.PostJsonAsync(new { query = "query LogMe { greeting failing }" });

        var line = Assert.Single(fixture.Host.Logs.Entries, e => e.Values.TryGetValue("OperationName", out var name) && Equals(name, "LogMe"));
        Assert.Equal("query", line.Values["OperationType"]);
        Assert.Equal("200", line.Values["Outcome"]);
        Assert.IsType<double>(line.Values["ElapsedMs"]);
        Assert.Contains("INTERNAL_ERROR", line.Values["ErrorCodes"] as string ?? string.Empty, StringComparison.Ordinal);
    }

    /// <summary>How often the plugin's mutation resolver ran, asked over GraphQL.</summary>
    private async Task<int> GreetingChangesAsync()
    {
        var response = await Client.PostJsonAsync(new { query = "{ greetingChanges }" });
        return response.Json["data"]!["greetingChanges"]!.GetValue<int>();
    }
}
