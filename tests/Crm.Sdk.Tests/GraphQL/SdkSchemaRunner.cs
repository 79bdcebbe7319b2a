using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace Crm.Sdk.Tests.GraphQL;

/// <summary>Runs documents against a bare GraphQL.NET schema built with the SDK helpers, as the host would (with a DataLoaderContext per request).</summary>
internal sealed class SdkSchemaRunner
{
    private readonly ISchema _schema;
    private readonly GraphQLSerializer _serializer = new();

    public SdkSchemaRunner(Action<ObjectGraphType> query)
    {
        var root = new ObjectGraphType { Name = "Query" };
        query(root);
        _schema = new Schema { Query = root };
        _schema.Initialize();
    }

    public async Task<string> RunAsync(string document, PagingOptions? paging = null)
    {
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = _schema,
            Query = document,
            UserContext = new Dictionary<string, object?>
            {
                [DataLoaderContext.UserContextKey] = new DataLoaderContext(),
                [PagingOptions.UserContextKey] = paging ?? PagingOptions.Default,
            },
        });
        return _serializer.Serialize(result);
    }
}
