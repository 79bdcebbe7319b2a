using Crm.Host.GraphQL.Printing;
using Crm.Host.Tests.GraphQL.Support;
using Crm.Host.Tests.GraphQL.TestModules;

namespace Crm.Host.Tests.GraphQL.Composition;

public sealed class SchemaCompositionSdlTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Adding_and_removing_a_plugin_changes_the_sdl_by_exactly_its_part()
    {
        var all = CrmTestData.AllModules(_database);
        var withoutPlugin = all.Where(module => module.Manifest.Id != TicketsTestPlugin.Id).ToList();
        await using var host = await GraphQLTestHost.StartAsync(withoutPlugin);
        var before = await SdlPrinter.PrintAsync(host.Schema.Schema);

        await host.ApplyAsync(all);
        var added = await SdlPrinter.PrintAsync(host.Schema.Schema);
        await host.ApplyAsync(withoutPlugin);
        var removed = await SdlPrinter.PrintAsync(host.Schema.Schema);

        var extra = ExtraLines(Lines(before), Lines(added));
        string[] pluginPart =
        [
            "  \"\"\"Tickets of the customer still open.\"\"\"",
            "  openTickets: [Ticket!]!",
            "  \"\"\"Which module's services this field ran with.\"\"\"",
            "  ticketsModule: String!",
            "\"\"\"A service request.\"\"\"",
            "type Ticket {",
            "  title: String!",
            "  isOpen: Boolean!",
            "}",
        ];
        Assert.Equal(pluginPart.Order(StringComparer.Ordinal), extra.Order(StringComparer.Ordinal));
        Assert.Equal(before, removed);
    }

    public void Dispose() => _database.Dispose();

    private static List<string> Lines(string sdl) => [.. sdl.Split('\n').Where(line => line.Length > 0)];

    // The lines of `larger` left over once `smaller` is matched as an ordered subsequence; fails if it is not one.
    private static List<string> ExtraLines(List<string> smaller, List<string> larger)
    {
        var extra = new List<string>();
        var next = 0;
        foreach (var line in larger)
        {
            if (next < smaller.Count && smaller[next] == line)
            {
                next++;
            }
            else
            {
                extra.Add(line);
            }
        }

        Assert.Equal(smaller.Count, next);
        return extra;
    }
}
