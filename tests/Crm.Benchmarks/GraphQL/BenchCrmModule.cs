using Autofac;
using Crm.Sdk.GraphQL;
using Crm.Sdk.GraphQL.Connections;
using Crm.Sdk.Modules;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Benchmarks.GraphQL;

/// <summary>
/// A CRM-shaped module over in-memory data for the execution benchmark: customers (a connection), each with a list
/// of interactions, each with a list of participants: three levels of lists. The same data and schema are rebuilt
/// in peers/graphql-js-bench.mjs.
/// </summary>
public sealed class BenchCrmModule(BenchData data) : ICrmModule
{
    public ModuleManifest Manifest { get; } = new("bench.crm", "Benchmark CRM", new SemanticVersion(1, 0, 0));

    public void ConfigureServices(ContainerBuilder builder) => builder.RegisterInstance(data);

    public void ConfigureSchema(ISchemaBuilder schema)
    {
        schema.AddType<BenchCustomerType>();
        // The page is sliced from the list, as the graphql-js peer does: the SDK's IQueryable pager would compile a LINQ
        // expression tree per request over in-memory data (EF Core caches its compiled queries; EnumerableQuery does not),
        // and the benchmark is about the engine.
        schema.Query.Field<NonNullGraphType<ConnectionGraphType<BenchCustomerType>>>("customers")
            .Argument<IntGraphType>("first")
            .Resolve(ctx =>
            {
                var customers = ctx.RequestServices!.GetRequiredService<BenchData>().Customers;
                var page = customers.Take(ctx.GetArgument("first", 10)).ToList();
                var edges = page.ConvertAll(c => new ConnectionEdge<BenchCustomer>(GlobalId.Encode("Cursor", c.Id), c));
                var pageInfo = new PageInfo { HasNextPage = page.Count < customers.Count, StartCursor = edges.FirstOrDefault()?.Cursor, EndCursor = edges.LastOrDefault()?.Cursor };
                return new ConnectionPage<BenchCustomer>(edges, pageInfo, _ => Task.FromResult(customers.Count));
            });
    }
}

public sealed class BenchData
{
    public BenchData(int customers, int interactionsPerCustomer)
    {
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Customers = [.. Enumerable.Range(1, customers).Select(i => new BenchCustomer
        {
            Id = Guid.Parse($"00000000-0000-0000-0000-{i:D12}"),
            Name = $"Customer {i:D4}",
            Email = $"c{i}@example.com",
            Status = (i % 4) switch { 0 => "PROSPECT", 1 => "ACTIVE", 2 => "INACTIVE", _ => "LOST" },
            CreatedAt = start.AddDays(i),
            Interactions = [.. Enumerable.Range(1, interactionsPerCustomer).Select(k => new BenchInteraction
            {
                Id = Guid.Parse($"{i:D8}-0000-0000-0000-{k:D12}"),
                Kind = (k % 3) switch { 0 => "CALL", 1 => "MEETING", _ => "EMAIL" },
                Subject = $"Contact {k} with customer {i}",
                HappenedAt = start.AddDays(i).AddHours(k),
                Participants = [new("Anna", "MANAGER"), new("Boris", "CLIENT"), new("Вера", "OBSERVER")],
            })],
        })];
    }

    public IReadOnlyList<BenchCustomer> Customers { get; }
}

public sealed class BenchCustomer : IEntity
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string Email { get; init; } = "";

    public string Status { get; init; } = "";

    public DateTime CreatedAt { get; init; }

    public IReadOnlyList<BenchInteraction> Interactions { get; init; } = [];
}

public sealed class BenchInteraction
{
    public Guid Id { get; init; }

    public string Kind { get; init; } = "";

    public string Subject { get; init; } = "";

    public DateTime HappenedAt { get; init; }

    public IReadOnlyList<BenchParticipant> Participants { get; init; } = [];
}

public sealed record BenchParticipant(string Name, string Role);

public sealed class BenchCustomerType : ObjectGraphType<BenchCustomer>
{
    public BenchCustomerType()
    {
        this.IsNode("Customer");
        Field(c => c.Name);
        Field(c => c.Email);
        Field(c => c.Status);
        Field(c => c.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BenchInteractionType>>>>("interactions")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("kinds")
            .Resolve(ctx => ctx.GetArgument<List<string>?>("kinds") is { } kinds
                ? ctx.Source.Interactions.Where(i => kinds.Contains(i.Kind)).ToList()
                : ctx.Source.Interactions)
            .ResolvesWithoutServices();
    }
}

public sealed class BenchInteractionType : ObjectGraphType<BenchInteraction>
{
    public BenchInteractionType()
    {
        Name = "Interaction";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Interaction", ctx.Source.Id)).ResolvesWithoutServices();
        Field(i => i.Kind);
        Field(i => i.Subject);
        Field(i => i.HappenedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BenchParticipantType>>>>("participants").Resolve(ctx => ctx.Source.Participants).ResolvesWithoutServices();
    }
}

public sealed class BenchParticipantType : ObjectGraphType<BenchParticipant>
{
    public BenchParticipantType()
    {
        Name = "Participant";
        Field(p => p.Name);
        Field(p => p.Role);
    }
}
