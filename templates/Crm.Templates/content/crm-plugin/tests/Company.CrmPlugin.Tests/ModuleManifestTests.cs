using System.Text.Json;
using Company.CrmPlugin;
using Company.CrmPlugin.Domain;

namespace Company.CrmPlugin.Tests;

/// <summary>
/// The host refuses a plugin whose crm-module.json and module disagree, so this is the first test worth having.
/// Add tests of your use cases beside it; load the plugin into a real host for end-to-end tests.
/// </summary>
public sealed class ModuleManifestTests
{
    [Fact]
    public void Crm_module_json_matches_the_module()
    {
        var module = new GreetingModule();
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "crm-module.json")));
        var json = file.RootElement;

        Assert.Equal(module.Manifest.Id, json.GetProperty("id").GetString());
        Assert.Equal(module.Manifest.Version.ToString(), json.GetProperty("version").GetString());
        Assert.Equal(typeof(GreetingModule).Assembly.GetName().Name + ".dll", json.GetProperty("entryAssembly").GetString());
        Assert.All(module.Manifest.Dependencies, d => Assert.True(json.GetProperty("dependencies").TryGetProperty(d.ModuleId, out _), d.ModuleId));
    }

    [Fact]
    public void Declares_its_permission_and_welcome_text()
    {
        var module = new GreetingModule();

        Assert.Contains(module.Permissions, p => p.Name == GreetingModule.ReadPermission);
        Assert.Equal("Welcome aboard, Acme!", GreetingNote.WelcomeTextFor("  Acme "));
    }
}
