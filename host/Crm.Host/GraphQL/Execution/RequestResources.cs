using Crm.Host.Modules;

namespace Crm.Host.GraphQL.Execution;

/// <summary>What a request holds until it ends: its shape lease and its module scopes. Released once.</summary>
internal sealed class RequestResources(ShapeLease lease, RequestModuleScopes scopes) : IAsyncDisposable
{
    private int _released;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        try
        {
            await scopes.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            lease.Dispose();
        }
    }
}
