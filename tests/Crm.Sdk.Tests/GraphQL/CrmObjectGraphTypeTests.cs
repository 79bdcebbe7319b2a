using System.ComponentModel;
using Crm.Sdk.GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Crm.Sdk.Tests.GraphQL;

/// <summary>
/// <see cref="CrmObjectGraphType{TSource}"/> declares expression fields exactly as GraphQL.NET's own
/// <see cref="ObjectGraphType{TSourceType}"/> does, but reads plain properties without compiling the expression.
/// Each test builds the same declarations on both bases and compares.
/// </summary>
public sealed class CrmObjectGraphTypeTests
{
    private static readonly Sample Value = new() { Name = "Acme", Nickname = null, Count = 3, Rank = 7, Size = 12.5m, Tags = ["a", "b"] };

    [Fact]
    public void Each_field_has_the_name_type_description_deprecation_and_default_GraphQL_NET_gives_it()
    {
        var ours = InitializedType(new SampleByCrm());
        var theirs = InitializedType(new SampleByGraphQLNet());

        Assert.Equal(theirs.Fields.Select(f => f.Name), ours.Fields.Select(f => f.Name));
        foreach (var expected in theirs.Fields)
        {
            var actual = ours.GetField(expected.Name)!;
            Assert.Equal(expected.ResolvedType!.ToString(), actual.ResolvedType!.ToString());
            Assert.Equal(expected.Description, actual.Description);
            Assert.Equal(expected.DeprecationReason, actual.DeprecationReason);
            Assert.Equal(expected.DefaultValue, actual.DefaultValue);
        }

        Assert.Equal("String", ours.GetField("nickname")!.ResolvedType!.ToString()); // nullable from the annotation
        Assert.Equal("Int!", ours.GetField("count")!.ResolvedType!.ToString());
        Assert.Equal("How big.", ours.GetField("size")!.Description);
        Assert.Equal("Use size.", ours.GetField("oldSize")!.DeprecationReason);
        Assert.Equal("ID!", ours.GetField("countAsId")!.ResolvedType!.ToString());
    }

    [Fact]
    public async Task A_query_answers_the_same_JSON_on_both_bases()
    {
        const string query = "{ sample { name nickname nick count rank size oldSize tags countAsId nameLength later } }";
        var ours = await new SdkSchemaRunner(root => root.Field<SampleByCrm>("sample").Resolve(_ => Value)).RunAsync(query);
        var theirs = await new SdkSchemaRunner(root => root.Field<SampleByGraphQLNet>("sample").Resolve(_ => Value)).RunAsync(query);

        Assert.Equal(theirs, ours);
        Assert.Contains("\"name\":\"Acme\"", ours, StringComparison.Ordinal);
        Assert.Contains("\"tags\":[\"a\",\"b\"]", ours, StringComparison.Ordinal);
        Assert.Contains("\"later\":\"later\"", ours, StringComparison.Ordinal);
        Assert.DoesNotContain("errors", ours, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_property_reads_are_bound_to_the_getter_and_everything_else_falls_back_to_a_compiled_expression()
    {
        var type = InitializedType(new SampleByCrm());

        foreach (var name in new[] { "name", "nickname", "nick", "count", "rank", "size", "oldSize", "tags", "countAsId" })
        {
            var field = type.GetField(name)!;
            Assert.False(IsCompiledExpression(field.Resolver), $"{name} should not compile its expression");
            Assert.True(field.ResolvesWithoutServices(), $"{name} should be marked as needing no services");
        }

        // A computed expression and an awaitable property keep GraphQL.NET's resolver (it awaits tasks).
        Assert.True(IsCompiledExpression(type.GetField("nameLength")!.Resolver));
        Assert.True(IsCompiledExpression(type.GetField("later")!.Resolver));
    }

    [Fact]
    public void A_property_of_a_type_with_no_graph_type_fails_the_schema_as_GraphQL_NET_would()
    {
        var ours = Assert.ThrowsAny<Exception>(() => InitializedType(new UnmappableCrm()));
        var theirs = Assert.ThrowsAny<Exception>(() => InitializedType(new UnmappablePlain()));

        Assert.Equal(theirs.GetType(), ours.GetType());
        Assert.Equal(theirs.Message, ours.Message);
    }

    private static bool IsCompiledExpression(IFieldResolver? resolver) =>
        resolver?.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ExpressionFieldResolver<,>);

    private static IObjectGraphType InitializedType(IObjectGraphType type)
    {
        var root = new ObjectGraphType { Name = "Query" };
        root.Field("sample", type);
        new Schema { Query = root }.Initialize();
        return type;
    }

    public sealed class Sample
    {
        public string Name { get; init; } = "";

        public string? Nickname { get; init; }

        public int Count { get; init; }

        public int? Rank { get; init; }

        [Description("How big.")]
        public decimal Size { get; init; }

        [Obsolete("Use size.")]
        public decimal OldSize => Size;

        public IReadOnlyList<string> Tags { get; init; } = [];

        public Task<string> Later => Task.FromResult("later");

        public Sample Self => this;
    }

    private sealed class SampleByCrm : CrmObjectGraphType<Sample>
    {
        public SampleByCrm() => Declare(this);
    }

    private sealed class SampleByGraphQLNet : ObjectGraphType<Sample>
    {
        public SampleByGraphQLNet() => Declare(this);
    }

#pragma warning disable CS0618 // OldSize is obsolete on purpose: its deprecation reason is under test.
    private static void Declare(ObjectGraphType<Sample> type)
    {
        type.Name = "Sample";
        type.Field(x => x.Name);
        type.Field(x => x.Nickname);
        type.Field("nick", x => x.Nickname, nullable: true);
        type.Field(x => x.Count);
        type.Field(x => x.Rank, nullable: true);
        type.Field(x => x.Size);
        type.Field(x => x.OldSize);
        type.Field(x => x.Tags);
        type.Field("countAsId", x => x.Count, typeof(NonNullGraphType<IdGraphType>));
        type.Field("nameLength", x => x.Name.Length);
        type.Field(x => x.Later);
    }
#pragma warning restore CS0618

    public sealed class Odd
    {
        public object Anything { get; init; } = new();

    }

    private sealed class UnmappableCrm : CrmObjectGraphType<Odd>
    {
        public UnmappableCrm()
        {
            Name = "Odd";
            Field(x => x.Anything);
        }
    }

    private sealed class UnmappablePlain : ObjectGraphType<Odd>
    {
        public UnmappablePlain()
        {
            Name = "Odd";
            Field(x => x.Anything);
        }
    }
}
