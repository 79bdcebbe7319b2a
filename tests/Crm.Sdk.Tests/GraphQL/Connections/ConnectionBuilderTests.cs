using System.Text.Json;
using Crm.Sdk.GraphQL;
using Crm.Sdk.GraphQL.Connections;
using Crm.Sdk.GraphQL.Filtering;
using GraphQL.Types;

namespace Crm.Sdk.Tests.GraphQL.Connections;

public sealed class ConnectionBuilderTests
{
    private static readonly List<Person> People = [.. Enumerable.Range(1, 30).Select(i => new Person
    {
        Id = Guid.Parse($"00000000-0000-0000-0000-{i:D12}"),
        Name = $"Person {(i % 10):D2}",
        Age = 20 + i,
        Nickname = i % 3 == 0 ? null : $"p{i}",
    })];

    private readonly SdkSchemaRunner _runner = new(query => query.Connection<PersonType, Person>("people")
        .Filterable().Sortable().OrderBy("name")
        .Resolve(_ => People.AsQueryable()));

    [Fact]
    public async Task Pages_forward_with_keyset_cursors_and_visit_every_item_once()
    {
        var seen = new List<string>();
        string? after = null;
        var hasNext = true;
        while (hasNext)
        {
            var argument = after is null ? "" : $", after: \"{after}\"";
            using var page = JsonDocument.Parse(await _runner.RunAsync($"{{ people(first: 7{argument}) {{ totalCount edges {{ cursor node {{ name age }} }} pageInfo {{ hasNextPage endCursor }} }} }}"));
            var connection = page.RootElement.GetProperty("data").GetProperty("people");
            Assert.Equal(30, connection.GetProperty("totalCount").GetInt32());
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString() + "/" + e.GetProperty("node").GetProperty("age")));
            hasNext = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        var expected = People.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id).Select(p => p.Name + "/" + p.Age).ToList();
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task A_module_chosen_ordering_offers_only_its_fields_under_its_own_names()
    {
        var runner = new SdkSchemaRunner(query => query.Connection<PersonType, Person>("people")
            .Sortable(new SortField("OLDEST_FIRST", "age", "By age."))
            .OrderBy("name")
            .Resolve(_ => People.AsQueryable()));

        using var page = JsonDocument.Parse(await runner.RunAsync("{ people(first: 3, orderBy: [{ field: OLDEST_FIRST, direction: DESC }]) { nodes { age } } }"));
        Assert.Equal([50, 49, 48], page.RootElement.GetProperty("data").GetProperty("people").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("age").GetInt32()));
        using var refused = JsonDocument.Parse(await runner.RunAsync("{ people(first: 3, orderBy: [{ field: NAME }]) { nodes { age } } }"));
        Assert.True(refused.RootElement.TryGetProperty("errors", out _));
        Assert.Throws<ArgumentException>(() => new OrderFieldGraphType<Person>([new SortField("NOPE", "missing", "No such property.")]));
    }

    [Fact]
    public async Task Pages_backward_with_last_and_before()
    {
        using var last = JsonDocument.Parse(await _runner.RunAsync("{ people(last: 3) { nodes { age } pageInfo { hasPreviousPage hasNextPage startCursor } } }"));
        var connection = last.RootElement.GetProperty("data").GetProperty("people");
        var expected = People.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id).Select(p => p.Age).ToList();
        Assert.Equal(expected[^3..], connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("age").GetInt32()));
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        var before = connection.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        using var previous = JsonDocument.Parse(await _runner.RunAsync($"{{ people(last: 2, before: \"{before}\") {{ nodes {{ age }} }} }}"));
        Assert.Equal(expected[^5..^3], previous.RootElement.GetProperty("data").GetProperty("people").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("age").GetInt32()));
    }

    [Fact]
    public async Task Orders_by_the_requested_keys_and_falls_back_to_offsets_for_nullable_keys()
    {
        using var byNickname = JsonDocument.Parse(await _runner.RunAsync("{ people(first: 4, orderBy: [{ field: NICKNAME, direction: DESC }]) { nodes { nickname } pageInfo { endCursor } } }"));
        var names = byNickname.RootElement.GetProperty("data").GetProperty("people").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("nickname").GetString()).ToList();
        Assert.Equal(People.Select(p => p.Nickname).OrderByDescending(n => n, StringComparer.Ordinal).Take(4), names);

        var cursor = byNickname.RootElement.GetProperty("data").GetProperty("people").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        using var next = JsonDocument.Parse(await _runner.RunAsync($"{{ people(first: 2, after: \"{cursor}\", orderBy: [{{ field: NICKNAME, direction: DESC }}]) {{ nodes {{ nickname }} }} }}"));
        Assert.Equal(
            People.Select(p => p.Nickname).OrderByDescending(n => n, StringComparer.Ordinal).Skip(4).Take(2),
            next.RootElement.GetProperty("data").GetProperty("people").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("nickname").GetString()));
    }

    [Fact]
    public async Task Filters_with_typed_operators_joined_by_and_or_not()
    {
        using var result = JsonDocument.Parse(await _runner.RunAsync("""
            { people(first: 50, filter: {
                or: [{ age: { gte: 45 } }, { name: { startsWith: "Person 01" } }],
                not: { nickname: { isNull: true } },
                age: { in: [21, 31, 41, 46, 47, 48], neq: 47 }
              }) { nodes { age } } }
            """));

        var ages = result.RootElement.GetProperty("data").GetProperty("people").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("age").GetInt32()).Order();
        var expected = People.Where(p => (p.Age >= 45 || p.Name.StartsWith("Person 01", StringComparison.Ordinal)) && p.Nickname is not null
            && new[] { 21, 31, 41, 46, 47, 48 }.Contains(p.Age) && p.Age != 47).Select(p => p.Age).Order();
        Assert.Equal(expected, ages);
    }

    [Theory]
    [InlineData("{ people(first: 51) { totalCount } }", ErrorCodes.PageSizeExceeded)]
    [InlineData("{ people(first: -1) { totalCount } }", ErrorCodes.InvalidInput)]
    [InlineData("{ people(first: 1, last: 1) { totalCount } }", ErrorCodes.InvalidInput)]
    [InlineData("{ people(after: \"bm90IGEgY3Vyc29y\") { totalCount } }", ErrorCodes.InvalidInput)]
    public async Task Bad_paging_arguments_are_typed_errors(string document, string code)
    {
        using var result = JsonDocument.Parse(await _runner.RunAsync(document));

        Assert.Equal(code, result.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Without_first_or_last_a_page_has_the_default_size()
    {
        using var result = JsonDocument.Parse(await _runner.RunAsync("{ people { nodes { age } } }", new PagingOptions(4, 10)));

        Assert.Equal(4, result.RootElement.GetProperty("data").GetProperty("people").GetProperty("nodes").GetArrayLength());
    }

    internal sealed class Person : IEntity
    {
        public Guid Id { get; init; }

        public string Name { get; init; } = "";

        public int Age { get; init; }

        public string? Nickname { get; init; }
    }

    internal sealed class PersonType : ObjectGraphType<Person>
    {
        public PersonType()
        {
            this.IsNode("Person");
            Field(p => p.Name);
            Field(p => p.Age);
            Field(p => p.Nickname, nullable: true);
        }
    }
}
