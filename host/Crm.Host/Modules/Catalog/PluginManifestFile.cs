using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Sdk.Modules;

namespace Crm.Host.Modules.Catalog;

/// <summary>
/// The <c>crm-module.json</c> beside a plugin, read before any of the plugin's code is loaded:
/// <code>
/// { "id": "acme.tickets", "name": "Service tickets", "version": "1.2.0", "description": "...",
///   "sdkVersion": "1.0", "entryAssembly": "Acme.Tickets.dll", "dependencies": { "crm.customers": "^1.0.0" } }
/// </code>
/// </summary>
internal sealed class PluginManifestFile
{
    public const string FileName = "crm-module.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("sdkVersion")]
    public string? SdkVersion { get; init; }

    [JsonPropertyName("entryAssembly")]
    public string? EntryAssembly { get; init; }

    [JsonPropertyName("dependencies")]
    public Dictionary<string, string>? Dependencies { get; init; }

    /// <summary>Reads and checks the file; the error says which field to fix.</summary>
    public static async Task<(PluginManifestFile? File, string? Error)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            var file = await JsonSerializer.DeserializeAsync<PluginManifestFile>(stream, JsonOptions, cancellationToken);
            return file is null ? (null, $"{FileName} is empty.") : (file, null);
        }
        catch (JsonException exception)
        {
            return (null, $"{FileName} is not valid JSON ({exception.Message}).");
        }
    }

    /// <summary>Builds the manifest, or says which field is missing or malformed.</summary>
    public ModuleManifest ToManifest()
    {
        Require(Id, "id");
        Require(Name, "name");
        Require(Version, "version");
        Require(SdkVersion, "sdkVersion");
        Require(EntryAssembly, "entryAssembly");
        var dependencies = (Dependencies ?? [])
            .Select(d => new ModuleDependency(d.Key, VersionRange.Parse(d.Value)))
            .ToList();
        return new ModuleManifest(Id!, Name!, SemanticVersion.Parse(Version!), Description ?? "", dependencies);
    }

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new FormatException($"{FileName} has no \"{field}\".");
        }
    }
}
