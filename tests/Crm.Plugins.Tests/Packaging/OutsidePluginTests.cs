using System.Diagnostics;
using System.Text.Json.Nodes;
using Crm.Host.Cli;
using Crm.Host.Modules.Lifecycle;
using Crm.Host.Tests.Http;
using Crm.Plugins.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Crm.Plugins.Tests.Packaging;

/// <summary>
/// The SDK as a product, end to end, the way an integrator meets it: the Crm.Sdk package and the template package are
/// packed from this repository into a temporary folder; the template is installed into a throwaway hive, instantiated
/// outside the repository, built, tested and published against the package from that folder source; the publish
/// folder is dropped into a running host, which picks it up without a restart. Slow (one to two minutes: it runs the
/// real CLI), so it carries the Slow trait; CI runs it.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class OutsidePluginTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    // Debug or Release: the folder above net10.0/ in this test assembly's path.
    private static readonly string BuildConfiguration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("crm-outside-plugin-");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        try
        {
            _work.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the OS cleans its temp folder.
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_plugin_made_from_the_template_against_the_package_goes_live_in_a_running_host()
    {
        // A version no cache on this machine can hold, so the restore below must take the package just packed.
        var steps = Stopwatch.StartNew();
        var sdkVersion = $"{Crm.Sdk.SdkInfo.Version}.0-outside.{DateTime.UtcNow:yyyyMMddHHmmss}";
        var packages = _work.CreateSubdirectory("packages").FullName;
        var repository = RepositoryPaths.Root();
        // The SDK as this test run built it (the host under test runs that same build), packed without compiling again.
        await DotnetCli.RunAsync(repository, NoEnvironment, "pack", "sdk/Crm.Sdk", "--no-build", "-c", BuildConfiguration, "-o", packages, $"-p:Version={sdkVersion}");
        await DotnetCli.RunAsync(repository, Isolated("template"), "pack", "templates/Crm.Templates", "-c", "Release", "-o", packages);
        output.WriteLine($"packed SDK and template: {steps.Elapsed}");
        var sdkPackage = Path.Combine(packages, $"Crm.Sdk.{sdkVersion}.nupkg");
        Assert.True(File.Exists(sdkPackage), sdkPackage);

        // The template goes into a hive of its own: the machine's "dotnet new" list is untouched.
        var hive = Path.Combine(_work.FullName, "hive");
        var cliHome = new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = _work.CreateSubdirectory("cli-home").FullName };
        var outside = _work.CreateSubdirectory("outside").FullName;
        await DotnetCli.RunAsync(outside, cliHome, "new", "install", Directory.GetFiles(packages, "Crm.Templates.*.nupkg").Single(), "--debug:custom-hive", hive);
        await DotnetCli.RunAsync(outside, cliHome, "new", "crm-plugin", "-n", "Acme.Welcome", "--module-id", "acme.welcome", "--feature", "AcmeWelcome", "--sdk-version", sdkVersion, "--debug:custom-hive", hive);
        WriteNuGetConfig(outside, packages);
        output.WriteLine($"template installed and instantiated: {steps.Elapsed}");

        var plugin = Path.Combine(outside, "Acme.Welcome");
        await DotnetCli.RunAsync(plugin, NoEnvironment, "test", "tests/Acme.Welcome.Tests");
        output.WriteLine($"template's tests passed: {steps.Elapsed}");
        var publish = Path.Combine(_work.FullName, "publish");
        await DotnetCli.RunAsync(plugin, NoEnvironment, "publish", "src/Acme.Welcome", "-c", "Release", "-o", publish);
        output.WriteLine($"published: {steps.Elapsed}");
        Assert.False(File.Exists(Path.Combine(publish, "Crm.Sdk.dll")), "the plugin must take Crm.Sdk from the host");

        // Introspection is how a client sees the schema change; it is off outside Development unless switched on.
        await using var host = await CrmTestHost.StartAsync(
            configure: TestSignIn.AddTo,
            settings: new Dictionary<string, string> { ["GraphQL:Limits:AllowIntrospection"] = "true" });
        using var http = host.CreateClient();
        TestSignIn.SignIn(http, "integrator", "acme.welcome.read");
        var client = new GraphQLHttpClient(http);
        Assert.False(await HasTypeAsync(client, "AcmeWelcomeNote"));

        var clock = Stopwatch.StartNew();
        PluginDrop.CopyInto(host, publish, "Acme.Welcome");
        while (!await HasTypeAsync(client, "AcmeWelcomeNote"))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "The dropped plugin did not reach the schema within 30 s:\n" + string.Join("\n", host.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message)));
            await Task.Delay(50);
        }

        output.WriteLine($"Hot install, drop to live in the schema: {clock.ElapsedMilliseconds} ms");

        using var modules = new StringWriter();
        await ModuleListPrinter.PrintAsync(await host.Services.GetRequiredService<ModuleAdministration>().ListAsync(CancellationToken.None), modules);
        Assert.Contains(modules.ToString().Split('\n'), line => line.StartsWith("acme.welcome", StringComparison.Ordinal) && line.Contains("Enabled", StringComparison.Ordinal));

        var created = await SendAsync(client, """mutation { createCustomer(input: { customer: { name: "Northwind" } }) { customer { id } errors { code } } }""");
        var customerId = created["createCustomer"]!["customer"]!["id"]!.GetValue<string>();
        var customer = (await SendAsync(client, """
            query($c: ID!) { customer(id: $c) { acmeWelcomeNotes { text } timeline(first: 5) { nodes { kind subject } } } }
            """, new { c = customerId }))["customer"]!;
        Assert.Equal("Welcome aboard, Northwind!", customer["acmeWelcomeNotes"]![0]!["text"]!.GetValue<string>());
        var entry = Assert.Single(customer["timeline"]!["nodes"]!.AsArray());
        Assert.Equal(("GREETING", "Welcome aboard, Northwind!"), (entry!["kind"]!.GetValue<string>(), entry["subject"]!.GetValue<string>()));
    }

    /// <summary>
    /// Builds into a folder of its own, so the repository's bin/obj (which a test run may be using) stay as they are;
    /// their files are kept out of the project's item globs, which by default exclude only the current bin/obj.
    /// </summary>
    private Dictionary<string, string> Isolated(string name) => new()
    {
        ["DefaultItemExcludes"] = "bin/**;obj/**",
        ["BaseOutputPath"] = Path.Combine(_work.FullName, name, "bin") + Path.DirectorySeparatorChar,
        ["BaseIntermediateOutputPath"] = Path.Combine(_work.FullName, name, "obj") + Path.DirectorySeparatorChar,
    };

    /// <summary>
    /// The folder source with the packed packages, on top of the sources this machine is configured with (no
    /// <c>clear</c>); restored packages go to a temporary folder, reading those already in this machine's cache.
    /// </summary>
    private void WriteNuGetConfig(string folder, string packages)
    {
        var machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(_work.FullName, "nuget-packages")}" /></config>
              <packageSources><add key="crm-local" value="{packages}" /></packageSources>
              <fallbackPackageFolders><add key="machine" value="{machineCache}" /></fallbackPackageFolders>
            </configuration>
            """);
    }

    private static async Task<bool> HasTypeAsync(GraphQLHttpClient client, string typeName)
    {
        var response = await client.PostJsonAsync(new { query = "query($n: String!) { __type(name: $n) { name } }", variables = new { n = typeName } });
        return response.Json["data"]?["__type"] is not null;
    }

    private static async Task<JsonNode> SendAsync(GraphQLHttpClient client, string query, object? variables = null)
    {
        var response = await client.PostJsonAsync(new { query, variables });
        Assert.True(response.Json["errors"] is null, response.Body);
        return response.Json["data"]!;
    }
}
