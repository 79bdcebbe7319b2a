using Crm.Host.Modules;
using Crm.Host.Modules.State;
using Crm.Host.Tests.Support;
using Microsoft.Extensions.Options;

namespace Crm.Host.Tests.Modules.State;

public sealed class JsonFileModuleStateStoreTests : IDisposable
{
    private readonly TestWorkspace _workspace = new();

    [Fact]
    public async Task Written_states_are_read_back_by_another_store_on_the_same_folder()
    {
        var changedAt = new DateTimeOffset(2026, 11, 23, 19, 0, 0, TimeSpan.Zero);
        using (var writer = CreateStore())
        {
            await writer.WriteAsync([new("test.a", ModuleState.Enabled, null, changedAt), new("test.b", ModuleState.Faulted, "broken", changedAt)], CancellationToken.None);
            await writer.WriteAsync([new("test.a", ModuleState.Disabled, null, changedAt)], CancellationToken.None);
        }

        using var reader = CreateStore();
        var states = await reader.ReadAllAsync(CancellationToken.None);

        Assert.Equal(ModuleState.Disabled, states["test.a"].State);
        Assert.Equal(new StoredModuleState("test.b", ModuleState.Faulted, "broken", changedAt), states["test.b"]);
    }

    [Fact]
    public async Task Deleted_module_is_forgotten_and_no_temporary_file_is_left()
    {
        using var store = CreateStore();
        await store.WriteAsync([new("test.a", ModuleState.Enabled, null, DateTimeOffset.UnixEpoch)], CancellationToken.None);

        await store.DeleteAsync("test.a", CancellationToken.None);

        Assert.Empty(await store.ReadAllAsync(CancellationToken.None));
        Assert.Equal(["module-states.json"], Directory.GetFiles(_workspace.DataPath).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Missing_file_reads_as_no_states()
    {
        using var store = CreateStore();

        Assert.Empty(await store.ReadAllAsync(CancellationToken.None));
    }

    public void Dispose() => _workspace.Dispose();

    private JsonFileModuleStateStore CreateStore() =>
        new(Options.Create(new ModuleStateFileOptions { DataDirectory = _workspace.DataPath }));
}
