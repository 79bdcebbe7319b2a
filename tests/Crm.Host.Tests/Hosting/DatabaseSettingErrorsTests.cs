using System.Diagnostics;
using Crm.Host.Persistence;

namespace Crm.Host.Tests.Hosting;

/// <summary>
/// The host binary given a wrong database setting: an admin command exits non-zero with one line naming the
/// setting or server to fix, and no stack trace.
/// </summary>
public sealed class DatabaseSettingErrorsTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("crm-db-settings-");

    [Fact]
    public async Task An_unknown_provider_names_the_setting()
    {
        var (exitCode, error) = await RunAsync("--Crm:Database:Provider=Oracle");

        Assert.Equal(ExitCodes.Configuration, exitCode);
        Assert.Contains("Crm:Database:Provider is 'Oracle', which is not a database provider Crm knows.", error, StringComparison.Ordinal);
        AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Sql_server_without_a_connection_string_names_the_missing_setting()
    {
        var (exitCode, error) = await RunAsync("--Crm:Database:Provider=SqlServer");

        Assert.Equal(ExitCodes.Configuration, exitCode);
        Assert.Contains("ConnectionStrings:Crm is empty", error, StringComparison.Ordinal);
        Assert.Contains("e.g. 'Server=db;Database=crm;", error, StringComparison.Ordinal);
        AssertNoStackTrace(error);
    }

    [Fact]
    public async Task An_unreachable_sql_server_is_reported_as_unavailable_without_the_password()
    {
        var (exitCode, error) = await RunAsync(
            "--Crm:Database:Provider=SqlServer",
            "--ConnectionStrings:Crm=Server=127.0.0.1,1;Database=crm;User Id=crm;Password=secret;TrustServerCertificate=True;Connect Timeout=2",
            "--Crm:Database:StartupAttempts=1");

        Assert.Equal(ExitCodes.Unavailable, exitCode);
        Assert.Contains("SQL Server database 'crm' at 127.0.0.1,1 is not reachable", error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error, StringComparison.Ordinal);
        AssertNoStackTrace(error);
    }

    public void Dispose() => _data.Delete(recursive: true);

    private static void AssertNoStackTrace(string error) => Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);

    private async Task<(int ExitCode, string Error)> RunAsync(params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Crm.Host.dll"), "modules", "list", $"--Crm:DataDirectory={_data.FullName}" }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await output;
        await process.WaitForExitAsync();
        return (process.ExitCode, error);
    }
}
