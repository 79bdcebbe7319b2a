using System.Collections.Concurrent;
using Crm.Host.GraphQL;
using GraphQL;
using GraphQLParser.AST;

namespace Crm.Benchmarks.Http;

/// <summary>
/// The in-process baseline of <see cref="GraphQLResponsePathBenchmarks"/>: GraphQL.NET's DocumentExecuter (or the
/// executer given, such as the host's) over <see cref="LoadSchema"/> with a document cache and nothing of the
/// platform (no shape lease, module scopes, limits), to show how much of a request is the execution itself.
/// </summary>
public sealed class LoadExecutor(LoadSchema schema, IDocumentExecuter? executer = null) : IGraphQLRequestExecutor
{
    private const int MaxCachedDocuments = 1000;
    private readonly IDocumentExecuter _executer = executer ?? new DocumentExecuter();
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequestContext request, CancellationToken cancellationToken)
    {
        var options = new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = request.User,
            RequestServices = request.RequestServices,
            CancellationToken = cancellationToken,
        };
        var cached = false;
        if (request.Query is not null && _documents.TryGetValue(request.Query, out var document))
        {
            cached = true;
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }

        var result = await _executer.ExecuteAsync(options);
        if (!cached && result.Executed && result.Document is not null && _documents.Count < MaxCachedDocuments)
        {
            _documents.TryAdd(request.Query!, result.Document);
        }

        return result;
    }
}
