using Autofac;
using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.UseCases;
using Crm.Modules.History.Tests.Support;
using Crm.Sdk.Contracts;

namespace Crm.Modules.History.Tests.Customers.UseCases;

public sealed class SearchCustomersTests : IAsyncLifetime
{
    private HistoryHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await HistoryHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_phone_fragment_finds_the_number_whatever_its_formatting()
    {
        await _harness.CustomerAsync("Вечерний город", phones: ["+7 (495) 123-45-67"]);
        await _harness.CustomerAsync("Northwind", phones: ["8 495 123 45 00"]);
        await _harness.CustomerAsync("Contoso", phones: ["+1 425 555 0100"]);

        var found = await SearchAsync(new CustomerFilter { Text = "495 12" });

        Assert.Equal(["northwind", "вечерний город"], found.Items.Select(c => c.NameKey));
    }

    [Fact]
    public async Task Text_search_ignores_case_in_Cyrillic_and_Latin()
    {
        await _harness.CustomerAsync("ООО «Ромашка»");
        await _harness.CustomerAsync("Ёлки-Палки");
        await _harness.CustomerAsync("ACME Corporation");

        Assert.Equal("ООО «Ромашка»", Assert.Single((await SearchAsync(new CustomerFilter { Text = "РОМАШ" })).Items).Name);
        Assert.Equal("ООО «Ромашка»", Assert.Single((await SearchAsync(new CustomerFilter { Text = "ромашка" })).Items).Name);
        Assert.Equal("Ёлки-Палки", Assert.Single((await SearchAsync(new CustomerFilter { Text = "елки" })).Items).Name);
        Assert.Equal("ACME Corporation", Assert.Single((await SearchAsync(new CustomerFilter { Text = "acme corp" })).Items).Name);
    }

    [Fact]
    public async Task Pages_follow_each_other_in_name_order_without_gaps_or_repeats()
    {
        var names = Enumerable.Range(0, 7).Select(i => $"Client {i:D2}").ToList();
        foreach (var name in names.AsEnumerable().Reverse())
        {
            await _harness.CustomerAsync(name);
        }

        var seen = new List<string>();
        string? after = null;
        bool more;
        do
        {
            var page = await SearchAsync(new CustomerFilter(), first: 3, after: after);
            seen.AddRange(page.Items.Select(c => c.Name));
            after = page.EndCursor;
            more = page.HasNextPage;
        }
        while (more);

        Assert.Equal(names, seen);
    }

    [Fact]
    public async Task Filters_by_manager_tag_and_status_and_hides_archived_customers()
    {
        var mine = await _harness.CustomerAsync("Mine", manager: "anna", tags: ["Newspaper"]);
        await _harness.CustomerAsync("Theirs", manager: "boris", tags: ["newspaper"]);
        var archived = await _harness.CustomerAsync("Gone", manager: "anna", tags: ["newspaper"]);
        await _harness.InRequest<ArchiveCustomer, ContractResult<Customer>>(a => a.HandleAsync(archived.Id, null, "anna", CancellationToken.None));

        var page = await SearchAsync(new CustomerFilter { ManagerId = "anna", Tags = ["NEWSPAPER"], Statuses = [CustomerStatus.Prospect] });

        Assert.Equal(mine.Id, Assert.Single(page.Items).Id);
        Assert.Equal(2, (await SearchAsync(new CustomerFilter { ManagerId = "anna", IncludeArchived = true })).Items.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_page_size_outside_1_to_100_is_refused(int first)
    {
        var result = await _harness.InRequest<SearchCustomers, ContractResult<CustomerPage>>(s => s.HandleAsync(new CustomerFilter(), first, null, CancellationToken.None));

        Assert.Equal(ContractErrorCodes.InvalidInput, Assert.Single(result.Errors).Code);
        Assert.Equal("first", result.Errors[0].Field);
    }

    [Fact]
    public async Task A_cursor_that_was_never_given_out_is_refused()
    {
        var result = await _harness.InRequest<SearchCustomers, ContractResult<CustomerPage>>(s => s.HandleAsync(new CustomerFilter(), 10, "bm90LWEtY3Vyc29y", CancellationToken.None));

        Assert.Equal("after", Assert.Single(result.Errors).Field);
    }

    private async Task<CustomerPage> SearchAsync(CustomerFilter filter, int first = 50, string? after = null)
    {
        var result = await _harness.InRequest<SearchCustomers, ContractResult<CustomerPage>>(s => s.HandleAsync(filter, first, after, CancellationToken.None));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
