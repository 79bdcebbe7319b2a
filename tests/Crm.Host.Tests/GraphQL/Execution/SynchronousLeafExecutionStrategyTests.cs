using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crm.Host.GraphQL.Composition;
using Crm.Host.GraphQL.Execution;
using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace Crm.Host.Tests.GraphQL.Execution;

/// <summary>
/// The host's query strategy and response writer against GraphQL.NET's own: every query here runs through both
/// <see cref="DocumentExecuter"/> (GraphQL.NET's parallel strategy) and <see cref="CrmDocumentExecuter"/>, and the
/// answers, errors with their paths and order included, must be the same JSON; the host's direct writer must write
/// the same bytes as GraphQL.NET's converter for both.
/// </summary>
public sealed class SynchronousLeafExecutionStrategyTests
{
    private static readonly GraphQLResponseSerializer Writer = GraphQLJson.CreateSerializer(exposeExceptionDetails: false);
    // GraphQL.NET's serializer with the host's settings (GraphQLJson): relaxed encoder, compact, no details.
    private static readonly GraphQLSerializer Reference = new(
        new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false },
        new ErrorInfoProvider(options =>
        {
            options.ExposeExceptionDetails = false;
            options.ExposeCodes = false;
        }));

    [Theory]
    [InlineData("{ items { id name price count big flag ratio kind text tags } }")]
    [InlineData("{ items { id boom name } }")]
    [InlineData("{ items { id crash name } }")]
    [InlineData("{ items { id requiredButNull } item { name } }")]
    [InlineData("{ item { id later name later2: later } }")]
    [InlineData("{ item { loaded name } items { loaded } }")]
    [InlineData("{ item { ...Parts ... on Item { name price } } }  fragment Parts on Item { id name text }")]
    [InlineData("{ item { id a: name b: name id } }")]
    [InlineData("{ pets { __typename ... on Dog { name barks } ... on Cat { name lives } } }")]
    [InlineData("query($skip: Boolean!) { items { id name @skip(if: $skip) price @include(if: $skip) } }", """{"skip": true}""")]
    [InlineData("query($skip: Boolean!) { items { id name @skip(if: $skip) price @include(if: $skip) } }", """{"skip": false}""")]
    [InlineData("{ nothing { id } items { id } }")]
    [InlineData("{ items { id } numbers empty }")]
    // Lists of rows whose fields are all leaves (flat rows), and the ways a row leaves that path.
    [InlineData("{ items { id name price count big flag ratio kind text } }")]
    [InlineData("{ items { __typename a: name b: name id kind } }")]
    [InlineData("{ items { id later name } }")]
    [InlineData("{ items { id loaded name } }")]
    [InlineData("{ items { id secret name } }")]
    [InlineData("{ items { id secret boom requiredButNull name } more: items { id } }")]
    [InlineData("{ items { id badNumber name } }")]
    [InlineData("{ items { id twin { id name } name } }")]
    [InlineData("{ items { id related { id name kind } } }")]
    [InlineData("{ a: asyncItems { id name } b: asyncItems { id kind } c: asyncItems { name } d: items { id } }")]
    [InlineData("{ grid { id name } maybeItems { id name } strictItems { id name } }")]
    [InlineData("{ items { ...Parts ... on Item { name price } } }  fragment Parts on Item { id name text }")]
    [InlineData("query($skip: Boolean!) { items { id ... @skip(if: $skip) { name } price @include(if: $skip) } }", """{"skip": true}""")]
    [InlineData("query($skip: Boolean!) { items { id ... @skip(if: $skip) { name } price @include(if: $skip) } }", """{"skip": false}""")]
    [InlineData("{ __type(name: \"Item\") { name fields { name isDeprecated type { name kind ofType { name } } } } }")]
    [InlineData("{ __schema { types { name kind } } }")]
    public async Task Answers_and_errors_are_GraphQL_NETs_and_written_byte_for_byte_alike(string query, string? variables = null)
    {
        var expected = await ExecuteAsync(new DocumentExecuter(), query, variables);
        var actual = await ExecuteAsync(new CrmDocumentExecuter([]), query, variables);

        var expectedJson = Reference.Serialize(expected);
        Assert.Equal(expectedJson, Reference.Serialize(actual));
        Assert.Equal(expectedJson, Write(actual));
        Assert.Equal(expectedJson, Write(expected));
        // The host's serializer writes results through the same converter on every path (WebSocket messages too).
        Assert.Equal(expectedJson, Writer.Serialize(actual));
        // Readers of ExecutionResult.Data that turn the nodes into dictionaries see the same values too.
        Assert.Equal(JsonSerializer.Serialize(ToValue(expected)), JsonSerializer.Serialize(ToValue(actual)));
    }

    [Theory]
    [InlineData("{ items { id name kind } }", 3)]
    [InlineData("{ items { id boom name } }", 0)]
    [InlineData("{ maybeItems { id requiredButNull } }", 1)]
    [InlineData("{ items { id twin { id } } }", 0)]
    public async Task Rows_of_leaves_are_flat_unless_something_in_them_is_not_plain(string query, int flatRows)
    {
        var result = await ExecuteAsync(new CrmDocumentExecuter([]), query, null);

        var list = Assert.IsType<ArrayExecutionNode>(Assert.IsType<RootExecutionNode>(result.Data).SubFields![0]);
        Assert.Equal(flatRows, list.Items?.Count(item => item is LeafRowExecutionNode) ?? 0);
    }

    [Fact]
    public async Task A_denied_leaf_of_a_row_is_FORBIDDEN_at_its_path_and_the_rest_is_answered()
    {
        var result = await ExecuteAsync(new CrmDocumentExecuter([]), "{ items { id secret name } }", null);

        Assert.Equal([["items", 0, "secret"], ["items", 1, "secret"], ["items", 2, "secret"]], result.Errors!.Select(error => error.Path!.ToArray()));
        Assert.All(result.Errors!, error => Assert.Equal(ErrorCodes.Forbidden, error.Code));
        Assert.Contains("{\"id\":\"2\",\"secret\":null,\"name\":\"Клиент «2» <b>&\\\"\"}", Write(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unhandled_exception_delegate_sees_each_failing_leaf_of_rows()
    {
        var seen = new List<string>();
        var options = Options("{ items { id crash } }", null);
        options.UnhandledExceptionDelegate = context =>
        {
            seen.Add(string.Join('/', context.FieldContext!.ResponsePath));
            return Task.CompletedTask;
        };

        var result = await new CrmDocumentExecuter([]).ExecuteAsync(options);

        Assert.Equal(["items/0/crash", "items/1/crash", "items/2/crash"], seen);
        Assert.Equal(3, result.Errors!.Count);
    }

    [Fact]
    public async Task A_leaf_that_fails_yields_its_error_at_its_path_and_the_rest_of_the_response()
    {
        var result = await ExecuteAsync(new CrmDocumentExecuter([]), "{ items { id boom } }", null);

        var json = Write(result);
        Assert.Equal(3, result.Errors!.Count);
        Assert.Equal(["items", 1, "boom"], result.Errors[1].Path!);
        Assert.Equal("BOOM", result.Errors[1].Code);
        Assert.Contains("\"id\":\"2\",\"boom\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_in_a_non_null_leaf_nulls_its_parent()
    {
        var result = await ExecuteAsync(new CrmDocumentExecuter([]), "{ item { id requiredButNull } }", null);

        using var json = JsonDocument.Parse(Write(result));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("data").GetProperty("item").ValueKind);
        Assert.Equal(["item", "requiredButNull"], Assert.Single(result.Errors!).Path!);
    }

    [Fact]
    public async Task A_request_cancelled_while_leaves_resolve_stops_as_with_GraphQL_NET()
    {
        foreach (var executer in new IDocumentExecuter[] { new DocumentExecuter(), new CrmDocumentExecuter([]) })
        {
            using var cancellation = new CancellationTokenSource();
            var options = Options("{ items { id cancel name } }", null);
            options.CancellationToken = cancellation.Token;
            options.UserContext[TestSchema.CancelKey] = cancellation;

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => executer.ExecuteAsync(options));
        }
    }

    [Fact]
    public async Task The_unhandled_exception_delegate_sees_a_failing_leaf()
    {
        var seen = new List<string>();
        var options = Options("{ item { crash } }", null);
        options.UnhandledExceptionDelegate = context =>
        {
            seen.Add($"{context.FieldContext!.FieldDefinition.Name}: {context.OriginalException.Message}");
            context.ErrorMessage = "hidden";
            return Task.CompletedTask;
        };

        var result = await new CrmDocumentExecuter([]).ExecuteAsync(options);

        Assert.Equal(["crash: crashed"], seen);
        Assert.Equal("hidden", Assert.Single(result.Errors!).Message);
    }

    private static string Write(ExecutionResult result)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        Writer.Write(buffer, result);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static object? ToValue(ExecutionResult result) => (result.Data as ExecutionNode)?.ToValue();

    private static Task<ExecutionResult> ExecuteAsync(IDocumentExecuter executer, string query, string? variables) =>
        executer.ExecuteAsync(Options(query, variables));

    private static ExecutionOptions Options(string query, string? variables) => new()
    {
        Schema = TestSchema.Instance,
        Query = query,
        Variables = variables is null ? null : Reference.Deserialize<Inputs>(variables),
        UserContext = new Dictionary<string, object?>(),
        // Signed in, without the permission the "secret" field needs.
        User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimsFieldAuthorizer.PermissionClaimType, "items.read")], "test")),
    };

    private sealed class TestSchema : Schema
    {
        public const string CancelKey = "cancel";

        public static TestSchema Instance { get; } = Create();

        private static TestSchema Create()
        {
            var schema = new TestSchema();
            schema.Initialize();
            return schema;
        }

        private TestSchema()
        {
            var rows = Enumerable.Range(1, 3).Select(i => new Row(i)).ToArray();
            var query = new ObjectGraphType { Name = "Query" };
            query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("items").Resolve(_ => rows.Select(row => row));
            query.Field<ItemType>("item").Resolve(_ => rows[0]);
            query.Field<NonNullGraphType<ItemType>>("nothing").Resolve(_ => null);
            query.Field<ListGraphType<IntGraphType>>("numbers").Resolve(_ => new[] { 1, 2, 3 });
            query.Field<ListGraphType<StringGraphType>>("empty").Resolve(_ => Array.Empty<string>());
            query.Field<ListGraphType<ListGraphType<ItemType>>>("grid").Resolve(_ => new[] { rows, null, rows[1..] });
            // Lists that complete on pool threads, side by side.
            query.Field<ListGraphType<ItemType>>("asyncItems").ResolveAsync(async _ =>
            {
                await Task.Yield();
                return rows;
            });
            query.Field<ListGraphType<ItemType>>("maybeItems").Resolve(_ => new[] { rows[0], null, rows[2] });
            query.Field<ListGraphType<NonNullGraphType<ItemType>>>("strictItems").Resolve(_ => new[] { rows[0], null, rows[2] });
            query.Field<ListGraphType<PetType>>("pets").Resolve(_ => new object[] { new Dog("Rex"), new Cat("Tom"), new Dog("Ace") });
            Query = query;
            RegisterType(new DogType());
            RegisterType(new CatType());
        }
    }

    private sealed record Row(int Number);

    // A data loader's pending result, completed in GraphQL.NET's data-loader phase.
    private sealed class LoadedLater(string value) : IDataLoaderResult
    {
        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult<object?>(value);
    }

    private sealed record Dog(string Name);

    private sealed record Cat(string Name);

    private enum Kind
    {
        Small,
        Large,
    }

    private sealed class ItemType : ObjectGraphType<Row>
    {
        public ItemType()
        {
            Name = "Item";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => $"Клиент «{c.Source.Number}» <b>&\"");
            Field<DecimalGraphType>("price").Resolve(c => c.Source.Number * 12.50m);
            Field<IntGraphType>("count").Resolve(c => c.Source.Number == 2 ? null : c.Source.Number);
            Field<LongGraphType>("big").Resolve(c => long.MaxValue - c.Source.Number);
            Field<BooleanGraphType>("flag").Resolve(c => c.Source.Number % 2 == 0);
            Field<FloatGraphType>("ratio").Resolve(c => c.Source.Number / 3.0);
            Field<EnumerationGraphType<Kind>>("kind").Resolve(c => c.Source.Number > 1 ? Kind.Large : Kind.Small);
            Field<StringGraphType>("text").Resolve(c => "line\nbreak\ttab \u0001 \U0001F600 +");
            Field<ListGraphType<StringGraphType>>("tags").Resolve(c => new[] { "a", null, "c" });
            Field<StringGraphType>("boom").Resolve(c => throw new ExecutionError($"boom {c.Source.Number}") { Code = "BOOM" });
            Field<StringGraphType>("crash").Resolve(c => throw new InvalidOperationException("crashed"));
            Field<NonNullGraphType<StringGraphType>>("requiredButNull").Resolve(c => c.Source.Number == 1 ? null : "present");
            Field<StringGraphType>("later").ResolveAsync(LaterAsync);
            Field<ItemType>("twin").Resolve(c => new Row(c.Source.Number + 10));
            Field<ListGraphType<ItemType>>("related").Resolve(c => new[] { new Row(c.Source.Number * 10), null });
            Field<IntGraphType>("badNumber").Resolve(c => c.Source.Number == 3 ? "not a number" : c.Source.Number);
            // A field behind a permission, wired as the host wires a module's field (the caller lacks it).
            Field<StringGraphType>("secret").Resolve(_ => "secret").FieldType.Resolver = new ModuleFieldResolver(
                new FuncFieldResolver<object?>(_ => "secret"), "test", ["items.secret"], new ClaimsFieldAuthorizer());
            Field<StringGraphType>("loaded").Resolve(c => new LoadedLater($"loaded {c.Source.Number}"));
            Field<StringGraphType>("cancel").Resolve(c =>
            {
                ((CancellationTokenSource)c.UserContext[TestSchema.CancelKey]!).Cancel();
                return "cancelled";
            });
        }

        private static async Task<object?> LaterAsync(IResolveFieldContext<Row> context)
        {
            await Task.Yield();
            return $"later {context.Source.Number}";
        }
    }

    private sealed class PetType : UnionGraphType
    {
        public PetType()
        {
            Name = "Pet";
            Type<DogType>();
            Type<CatType>();
        }
    }

    private sealed class DogType : ObjectGraphType<Dog>
    {
        public DogType()
        {
            Name = "Dog";
            Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
            Field<BooleanGraphType>("barks").Resolve(_ => true);
        }
    }

    private sealed class CatType : ObjectGraphType<Cat>
    {
        public CatType()
        {
            Name = "Cat";
            Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
            Field<IntGraphType>("lives").Resolve(_ => 9);
        }
    }
}
