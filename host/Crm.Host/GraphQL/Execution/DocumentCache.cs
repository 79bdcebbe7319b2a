using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by schema and text, so a repeated query skips parsing and
/// the spec rules; the rules that depend on the request (cost with variables, operation type, introspection) still
/// run from <see cref="ExecutionOptions.CachedDocumentValidationRules"/>. On a miss it parses the document itself
/// and applies the size limits before validation. Bounded: when full it starts over. Cleared on each shape swap,
/// which also drops the references to the old schema.
/// </summary>
internal sealed class DocumentCache(IOptions<GraphQLLimitsOptions> options) : IConfigureExecution
{
    private readonly ConcurrentDictionary<(ISchema Schema, string Query), GraphQLDocument> _documents = new();
    private readonly GraphQLDocumentBuilder _parser = new();

    /// <summary>After GraphQL.NET's own option setup, before execution.</summary>
    public float SortOrder => 200;

    /// <summary>Documents held now.</summary>
    public int Count => _documents.Count;

    public void Clear() => _documents.Clear();

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        if (executionOptions.Document is not null || executionOptions.Query is null || executionOptions.Schema is null)
        {
            return await next(executionOptions).ConfigureAwait(false);
        }

        var key = (executionOptions.Schema, executionOptions.Query);
        if (_documents.TryGetValue(key, out var cached))
        {
            executionOptions.Document = cached;
            executionOptions.ValidationRules = executionOptions.CachedDocumentValidationRules ?? [];
            return await next(executionOptions).ConfigureAwait(false);
        }

        GraphQLDocument document;
        try
        {
            document = _parser.Build(executionOptions.Query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            // GraphQL.NET parses again and reports the syntax error in its usual shape.
            return await next(executionOptions).ConfigureAwait(false);
        }

        var limits = options.Value;
        if (DocumentLimitsAnalyzer.Check(document, limits) is { } refusal)
        {
            return new ExecutionResult { Errors = [refusal], Executed = false };
        }

        executionOptions.Document = document;
        var result = await next(executionOptions).ConfigureAwait(false);
        if (result.Executed || result.Streams is not null)
        {
            if (_documents.Count >= limits.DocumentCacheSize)
            {
                _documents.Clear();
            }

            _documents.TryAdd(key, document);
        }

        return result;
    }
}
