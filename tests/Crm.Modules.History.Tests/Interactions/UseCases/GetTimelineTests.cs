using Crm.Modules.History.Tests.Support;
using Crm.Modules.Interactions.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;

namespace Crm.Modules.History.Tests.Interactions.UseCases;

public sealed class GetTimelineTests : IAsyncLifetime
{
    private HistoryHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await HistoryHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Pages_run_newest_first_and_entries_at_the_same_instant_are_neither_lost_nor_repeated()
    {
        var customer = await _harness.CustomerAsync("Client");
        var other = await _harness.CustomerAsync("Other");
        var at = HistoryHarness.Start.AddDays(-1);
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            // Pairs share a timestamp, so the id must break the tie.
            ids.Add((await _harness.InteractionAsync(customer.Id, InteractionKinds.Call, at.AddHours(-(i / 2)))).InteractionId);
        }

        await _harness.InteractionAsync(other.Id, InteractionKinds.Call, at);

        var seen = new List<long>();
        string? after = null;
        TimelinePage page;
        do
        {
            page = await PageAsync(new TimelineQuery(customer.Id, 3) { After = after });
            seen.AddRange(page.Items.Select(i => i.Id));
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        var expected = ids.Select((id, i) => (id, hour: i / 2)).OrderBy(x => x.hour).ThenByDescending(x => x.id).Select(x => x.id);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Filters_by_kinds_authors_and_period()
    {
        var customer = await _harness.CustomerAsync("Client");
        var start = HistoryHarness.Start.AddDays(-30);
        await _harness.InteractionAsync(customer.Id, InteractionKinds.Call, start, by: "anna");
        var wanted = await _harness.InteractionAsync(customer.Id, InteractionKinds.Email, start.AddDays(10), by: "anna");
        await _harness.InteractionAsync(customer.Id, InteractionKinds.Email, start.AddDays(11), by: "boris");
        await _harness.InteractionAsync(customer.Id, InteractionKinds.Email, start.AddDays(20), by: "anna");

        var page = await PageAsync(new TimelineQuery(customer.Id, 10)
        {
            Kinds = [InteractionKinds.Email, InteractionKinds.Meeting],
            Authors = ["anna"],
            From = start.AddDays(5),
            To = start.AddDays(15),
        });

        Assert.Equal(wanted.InteractionId, Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task A_period_from_after_to_a_page_over_the_maximum_and_a_foreign_cursor_are_refused()
    {
        var customer = await _harness.CustomerAsync("Client");

        var period = await RunAsync(new TimelineQuery(customer.Id, 10) { From = HistoryHarness.Start, To = HistoryHarness.Start.AddDays(-1) });
        var size = await RunAsync(new TimelineQuery(customer.Id, GetTimeline.MaxPageSize + 1));
        var cursor = await RunAsync(new TimelineQuery(customer.Id, 10) { After = "Y2xpZW50LTEyMw" });

        Assert.Equal(ContractErrorCodes.InvalidPeriod, Assert.Single(period.Errors).Code);
        Assert.Equal("first", Assert.Single(size.Errors).Field);
        Assert.Equal("after", Assert.Single(cursor.Errors).Field);
    }

    [Fact]
    public async Task First_pages_of_many_customers_match_their_single_pages_and_honour_filters()
    {
        var busy = await _harness.CustomerAsync("Busy");
        var quiet = await _harness.CustomerAsync("Quiet");
        var silent = await _harness.CustomerAsync("Silent");
        var at = HistoryHarness.Start.AddDays(-1);
        for (var i = 0; i < 5; i++)
        {
            await _harness.InteractionAsync(busy.Id, i % 2 == 0 ? InteractionKinds.Call : InteractionKinds.Email, at.AddHours(-(i / 2)));
        }

        await _harness.InteractionAsync(quiet.Id, InteractionKinds.Call, at);

        var all = await _harness.InRequest<GetTimeline, ContractResult<IReadOnlyDictionary<Guid, TimelinePage>>>(
            t => t.HandleFirstPagesAsync([busy.Id, quiet.Id, silent.Id], new TimelineQuery(Guid.Empty, 2), CancellationToken.None));
        var calls = await _harness.InRequest<GetTimeline, ContractResult<IReadOnlyDictionary<Guid, TimelinePage>>>(
            t => t.HandleFirstPagesAsync([busy.Id], new TimelineQuery(Guid.Empty, 10) { Kinds = [InteractionKinds.Call] }, CancellationToken.None));
        var tooBig = await _harness.InRequest<GetTimeline, ContractResult<IReadOnlyDictionary<Guid, TimelinePage>>>(
            t => t.HandleFirstPagesAsync([busy.Id], new TimelineQuery(Guid.Empty, GetTimeline.MaxPageSize + 1), CancellationToken.None));

        var single = await PageAsync(new TimelineQuery(busy.Id, 2));
        Assert.Equal(single.Items.Select(i => i.Id), all.Value[busy.Id].Items.Select(i => i.Id));
        Assert.Equal((true, single.EndCursor), (all.Value[busy.Id].HasNextPage, all.Value[busy.Id].EndCursor));
        Assert.Equal((1, false), (all.Value[quiet.Id].Items.Count, all.Value[quiet.Id].HasNextPage));
        Assert.Empty(all.Value[silent.Id].Items);
        Assert.Equal(3, calls.Value[busy.Id].Items.Count);
        Assert.All(calls.Value[busy.Id].Items, i => Assert.Equal(InteractionKinds.Call, i.Kind));
        Assert.Equal("first", Assert.Single(tooBig.Errors).Field);
    }

    [Fact]
    public async Task First_pages_of_more_customers_than_one_statement_reads_are_all_there()
    {
        var customers = new List<Guid>();
        for (var n = 0; n < GetTimeline.CustomersPerStatement + 2; n++)
        {
            var customer = await _harness.CustomerAsync($"Client {n:D3}");
            customers.Add(customer.Id);
            await _harness.InteractionAsync(customer.Id, InteractionKinds.Call, HistoryHarness.Start.AddDays(-1));
            await _harness.InteractionAsync(customer.Id, InteractionKinds.Email, HistoryHarness.Start.AddDays(-2));
        }

        var pages = await _harness.InRequest<GetTimeline, ContractResult<IReadOnlyDictionary<Guid, TimelinePage>>>(
            t => t.HandleFirstPagesAsync(customers, new TimelineQuery(Guid.Empty, 1), CancellationToken.None));

        Assert.Equal(customers.Count, pages.Value.Count);
        Assert.All(customers, id =>
        {
            var page = pages.Value[id];
            Assert.Equal((InteractionKinds.Call, true), (Assert.Single(page.Items).Kind, page.HasNextPage));
            Assert.Equal(id, page.Items[0].CustomerId);
        });
    }

    private Task<ContractResult<TimelinePage>> RunAsync(TimelineQuery query) =>
        _harness.InRequest<GetTimeline, ContractResult<TimelinePage>>(t => t.HandleAsync(query, CancellationToken.None));

    private async Task<TimelinePage> PageAsync(TimelineQuery query)
    {
        var result = await RunAsync(query);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
