
namespace Crm.Host.Tests.Http;

/// <summary>A real frontend client (urql from npm, graphql-ws for subscriptions) against the real host.</summary>
[Collection(NodeToolsCollection.Name)]
public sealed class UrqlClientTests(NodeTools node)
{
    [NodeFact]
    public async Task Urql_runs_a_query_a_mutation_and_a_subscription()
    {
        await using var host = await GreetingsHostFixture.StartHostAsync();

        var run = await node.RunScriptAsync("urql-client.mjs", host.Url("graphql").ToString());

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("\"step\":\"query\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"step\":\"mutation\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"step\":\"subscription\",\"value\":[\"Добрый вечер", run.Output, StringComparison.Ordinal);
    }
}
