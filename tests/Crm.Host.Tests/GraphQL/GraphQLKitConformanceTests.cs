using Crm.Host.GraphQL.Printing;
using Crm.Host.Tests.GraphQL.Support;
using Xunit.Abstractions;

namespace Crm.Host.Tests.GraphQL;

/// <summary>
/// graphql-js judges the engine over HTTP: the corpus is accepted and rejected exactly as graphql-js does, the
/// introspection builds a valid client schema, and our SDL printer equals graphql-js printSchema of that schema.
/// </summary>
public sealed class GraphQLKitConformanceTests(CrmGraphQLFixture fixture, ITestOutputHelper output) : IClassFixture<CrmGraphQLFixture>
{
    [GraphQLKitFact]
    public async Task The_corpus_is_accepted_and_rejected_as_graphql_js_does()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "graphql-corpus");
        Assert.True(Directory.EnumerateFiles(corpus, "*.graphql").Count() >= 200, "the corpus holds at least 200 documents");
        await using var endpoint = await TestGraphQLEndpoint.StartAsync(fixture.Host);

        var (exitCode, text) = await GraphQLKit.RunAsync("validate.mjs", endpoint.Url, "--docs", corpus, "--max-time", "600", "--intro-off", "inputValueDeprecation,specifiedByUrl");

        output.WriteLine(text);
        Assert.True(exitCode == 0, text);
        Assert.Contains(" 0 disagree", text, StringComparison.Ordinal);
    }

    [GraphQLKitFact]
    public async Task Introspection_builds_a_valid_client_schema_whose_print_equals_schema_print()
    {
        await using var endpoint = await TestGraphQLEndpoint.StartAsync(fixture.Host);
        var sdlFile = Path.Combine(Path.GetTempPath(), $"crm-schema-{Guid.NewGuid():N}.graphql");
        try
        {
            var (exitCode, text) = await GraphQLKit.RunAsync("introspect.mjs", endpoint.Url, "--sdl", sdlFile, "--intro-off", "inputValueDeprecation,specifiedByUrl");

            output.WriteLine(text);
            Assert.True(exitCode == 0, text);
            var graphqlJs = await File.ReadAllTextAsync(sdlFile);
            Assert.Equal(graphqlJs.TrimEnd(), (await SdlPrinter.PrintAsync(fixture.Host.Schema.Schema)).TrimEnd());
        }
        finally
        {
            File.Delete(sdlFile);
        }
    }
}
