using Crm.Sdk.GraphQL;

namespace Crm.Sdk.Tests.GraphQL;

public sealed class BatchLoaderTests
{
    [Fact]
    public async Task Keys_queued_before_the_first_result_is_awaited_are_fetched_in_one_batch_and_cached()
    {
        var batches = new List<IReadOnlyList<int>>();
        var loader = new BatchLoader<int, string?>((keys, _) =>
        {
            batches.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string?>>(keys.Where(k => k != 3).ToDictionary(k => k, k => (string?)$"v{k}"));
        }, null);

        var results = new[] { loader.Load(1), loader.Load(2), loader.Load(3), loader.Load(1) };
        var values = new List<string?>();
        foreach (var result in results)
        {
            values.Add(await result.GetResultAsync());
        }

        var again = await loader.Load(2).GetResultAsync();

        Assert.Equal(["v1", "v2", null, "v1"], values);
        Assert.Equal("v2", again);
        Assert.Equal([1, 2, 3], Assert.Single(batches));
    }

    [Fact]
    public async Task A_failing_fetch_fails_every_waiting_result()
    {
        var loader = new BatchLoader<int, string?>((_, _) => throw new InvalidOperationException("database down"), null);

        var first = loader.Load(1);
        var second = loader.Load(2);

        await Assert.ThrowsAsync<InvalidOperationException>(() => first.GetResultAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => second.GetResultAsync());
    }
}
