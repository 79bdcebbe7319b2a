using Crm.Host.Cli;
using Crm.Host.GraphQL.Printing;
using Crm.Host.Modules;
using Crm.Host.Tests.GraphQL.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.Cli;

public sealed class SchemaPrintCommandTests(CrmGraphQLFixture fixture) : IClassFixture<CrmGraphQLFixture>
{
    [Fact]
    public async Task Schema_print_writes_the_sdl_of_the_current_shape()
    {
        var (exitCode, output, _) = await RunAsync("print");

        Assert.Equal(0, exitCode);
        Assert.Equal(await SdlPrinter.PrintAsync(fixture.Host.Schema.Schema), output);
        Assert.Contains("openTickets: [Ticket!]!", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_print_writes_to_a_file_when_asked()
    {
        var file = Path.Combine(Path.GetTempPath(), $"crm-sdl-{Guid.NewGuid():N}.graphql");
        try
        {
            var (exitCode, _, _) = await RunAsync("print", "--output", file);

            Assert.Equal(0, exitCode);
            Assert.Equal(await SdlPrinter.PrintAsync(fixture.Host.Schema.Schema), await File.ReadAllTextAsync(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("show")]
    [InlineData("print", "--out")]
    public async Task A_wrong_command_line_exits_with_the_usage_code(params string[] args)
    {
        var (exitCode, _, error) = await RunAsync(args);

        Assert.Equal(CliDispatcher.UsageError, exitCode);
        Assert.Contains("Usage: schema print", error, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var services = new ServiceCollection().AddSingleton<IApplicationShapeAccessor>(fixture.Host.Shapes).BuildServiceProvider();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await new SchemaPrintCommand(services).RunAsync(args, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
