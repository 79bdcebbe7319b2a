using Crm.Host.GraphQL.Execution;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Crm.Host.Tests.GraphQL.Execution;

public sealed class SettledQueryValidatorTests
{
    private readonly SettledQueryValidator _validator = new();
    private readonly ISchema _schema = CreateSchema();

    [Fact]
    public async Task A_query_without_variables_and_rules_left_is_validated_once_per_schema()
    {
        var (document, operation) = Parse("{ hello(name: \"Ада\") other: hello }");

        var first = await _validator.ValidateAsync(Options(document, operation, _schema));
        var second = await _validator.ValidateAsync(Options(document, operation, _schema));
        var otherSchema = await _validator.ValidateAsync(Options(document, operation, CreateSchema()));

        Assert.True(first.IsValid);
        Assert.Same(first, second);
        Assert.NotSame(first, otherSchema);
        var field = operation.SelectionSet.Selections.OfType<GraphQLField>().First();
        Assert.Equal("Ада", second.ArgumentValues![field]["name"].Value);
    }

    // (With arguments: GraphQL.NET answers a document without any with one shared result.)
    [Theory]
    [InlineData("query($n: String) { hello(name: $n) }", false)]
    [InlineData("mutation { touch(name: \"x\") }", false)]
    [InlineData("{ hello(name: \"x\") }", true)]
    public async Task Anything_else_is_validated_on_every_request(string query, bool withRules)
    {
        var (document, operation) = Parse(query);
        IValidationRule[] rules = withRules ? [.. DocumentValidator.CoreRules] : [];

        var first = await _validator.ValidateAsync(Options(document, operation, _schema, rules));
        var second = await _validator.ValidateAsync(Options(document, operation, _schema, rules));

        Assert.True(first.IsValid);
        Assert.NotSame(first, second);
    }

    [Fact]
    public async Task An_invalid_answer_is_not_kept()
    {
        var (document, operation) = Parse("{ hello(name: 5) }");

        var first = await _validator.ValidateAsync(Options(document, operation, _schema, [.. DocumentValidator.CoreRules]));
        var second = await _validator.ValidateAsync(Options(document, operation, _schema));

        Assert.False(first.IsValid);
        Assert.NotSame(first, second);
    }

    private static (GraphQLDocument Document, GraphQLOperationDefinition Operation) Parse(string query)
    {
        var document = Parser.Parse(query);
        return (document, document.Definitions.OfType<GraphQLOperationDefinition>().Single());
    }

    private static ValidationOptions Options(GraphQLDocument document, GraphQLOperationDefinition operation, ISchema schema, IValidationRule[]? rules = null) => new()
    {
        Schema = schema,
        Document = document,
        Operation = operation,
        Rules = rules ?? [],
        UserContext = new Dictionary<string, object?>(),
        Metrics = global::GraphQL.Instrumentation.Metrics.None,
        Variables = Inputs.Empty,
        Extensions = Inputs.Empty,
    };

    private static Schema CreateSchema()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("hello").Argument<StringGraphType>("name").Resolve(c => c.GetArgument<string>("name"));
        var mutation = new ObjectGraphType { Name = "Mutation" };
        mutation.Field<StringGraphType>("touch").Argument<StringGraphType>("name").Resolve(_ => "touched");
        var schema = new Schema { Query = query, Mutation = mutation };
        schema.Initialize();
        return schema;
    }
}
