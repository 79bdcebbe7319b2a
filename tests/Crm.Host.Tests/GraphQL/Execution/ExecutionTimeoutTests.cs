using Autofac;
using Crm.Host.Tests.GraphQL.Support;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using GraphQL;
using GraphQL.Types;

namespace Crm.Host.Tests.GraphQL.Execution;

public sealed class ExecutionTimeoutTests
{
    [Fact]
    public async Task A_request_past_the_execution_timeout_is_cancelled_with_the_timeout_code()
    {
        var observedCancellation = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await GraphQLTestHost.StartAsync([new SlowModule(observedCancellation)], limits => limits.ExecutionTimeout = TimeSpan.FromMilliseconds(200));

        var result = await host.ExecuteAsync("{ slow }");

        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors!).Code);
        Assert.True(await observedCancellation.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task An_unexpected_exception_becomes_an_internal_error_without_its_message()
    {
        await using var host = await GraphQLTestHost.StartAsync([new SlowModule(new TaskCompletionSource<bool>())]);

        var json = await host.ExecuteJsonAsync("{ failing }");

        Assert.Contains(ErrorCodes.InternalError, json, StringComparison.Ordinal);
        Assert.DoesNotContain("secret connection string", json, StringComparison.Ordinal);
        Assert.DoesNotContain("stack", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_concurrency_conflict_from_persistence_is_a_conflict_error_with_its_message()
    {
        await using var host = await GraphQLTestHost.StartAsync([new SlowModule(new TaskCompletionSource<bool>())]);

        var result = await host.ExecuteAsync("{ stale }");

        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.Conflict, error.Code);
        Assert.Contains("changed by someone else", error.Message, StringComparison.Ordinal);
    }

    private sealed class SlowModule(TaskCompletionSource<bool> observedCancellation) : ICrmModule
    {
        public ModuleManifest Manifest { get; } = new("test.slow", "Slow", new SemanticVersion(1, 0, 0));

        public void ConfigureServices(ContainerBuilder builder)
        {
        }

        public void ConfigureSchema(ISchemaBuilder schema)
        {
            schema.Query.Field<StringGraphType>("slow").ResolveAsync(async ctx =>
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), ctx.CancellationToken);
                    return "late";
                }
                catch (OperationCanceledException)
                {
                    observedCancellation.TrySetResult(true);
                    throw;
                }
            });
            schema.Query.Field<StringGraphType>("stale").Resolve(_ => throw new Sdk.Persistence.ConcurrencyConflictException("test.slow", "Customer", "42"));
            schema.Query.Field<StringGraphType>("failing").Resolve(_ => throw new InvalidOperationException("secret connection string"));
        }
    }
}
