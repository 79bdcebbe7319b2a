using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Crm.Host.Modules.State;

/// <summary>
/// Keeps module states in one JSON file in the data folder. Each write goes to a temporary file that then
/// replaces the old one, so a reader (another process, a crash) sees the old or the new file, never half of one.
/// Writers in one process are serialized; two processes writing at the same instant: the last one wins,
/// which is acceptable for admin commands and is what the database-backed store will improve on.
/// </summary>
internal sealed class JsonFileModuleStateStore(IOptions<ModuleStateFileOptions> options) : IModuleStateStore, IDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly string _path = options.Value.FilePath;

    public async Task<IReadOnlyDictionary<string, StoredModuleState>> ReadAllAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return new Dictionary<string, StoredModuleState>();
        }

        await using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var states = await JsonSerializer.DeserializeAsync<List<StoredModuleState>>(stream, JsonOptions, cancellationToken) ?? [];
        return states.ToDictionary(s => s.ModuleId, StringComparer.Ordinal);
    }

    public async Task WriteAsync(IReadOnlyCollection<StoredModuleState> states, CancellationToken cancellationToken)
    {
        await UpdateAsync(all =>
        {
            foreach (var state in states)
            {
                all[state.ModuleId] = state;
            }
        }, cancellationToken);
    }

    public Task DeleteAsync(string moduleId, CancellationToken cancellationToken) =>
        UpdateAsync(all => all.Remove(moduleId), cancellationToken);

    public void Dispose() => _writeLock.Dispose();

    private async Task UpdateAsync(Action<Dictionary<string, StoredModuleState>> change, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var all = new Dictionary<string, StoredModuleState>(await ReadAllAsync(cancellationToken), StringComparer.Ordinal);
            change(all);
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            var temporary = $"{_path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                await JsonSerializer.SerializeAsync(stream, all.Values.OrderBy(s => s.ModuleId, StringComparer.Ordinal), JsonOptions, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, _path, overwrite: true);
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
