using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by schema and text, so a repeated query skips parsing and
/// the spec rules; the rules that depend on the request (cost with variables, operation type, introspection) still
/// run from <see cref="ExecutionOptions.CachedDocumentValidationRules"/>. A document that declares no variables gets
/// the same answer from those rules every time for the same rule set and operation, so once it passed them they are
/// skipped for that pair; with variables they run on every request. On a miss it parses the document itself
/// and applies the size limits before validation. Bounded: when full it starts over. Cleared on each shape swap,
/// which also drops the references to the old schema.
/// </summary>
internal sealed class DocumentCache(IOptions<GraphQLLimitsOptions> options) : IConfigureExecution
{
    private readonly ConcurrentDictionary<(ISchema Schema, string Query), CachedDocument> _documents = new();
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
            executionOptions.Document = cached.Document;
            var rules = executionOptions.CachedDocumentValidationRules ?? [];
            var passed = cached.HasPassed(rules, executionOptions.OperationName);
            executionOptions.ValidationRules = passed ? [] : rules;
            var hit = await next(executionOptions).ConfigureAwait(false);
            if (!passed && hit.Executed)
            {
                cached.Passed(rules, executionOptions.OperationName);
            }

            return hit;
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

            _documents.TryAdd(key, new CachedDocument(document));
        }

        return result;
    }

    /// <summary>A validated document and the per-request rule sets it is known to pass, when that cannot change.</summary>
    private sealed class CachedDocument(GraphQLDocument document)
    {
        // Rule sets are the executor's few fixed arrays and operation names are a client's few; the bound only
        // guards against a client cycling through names.
        private const int MaxPassedSets = 32;
        private readonly ConcurrentDictionary<(object Rules, string? OperationName), bool> _passed = new();

        public GraphQLDocument Document => document;

        // Without variables, the cost, operation-type and introspection rules see the same input on every request.
        private bool Settled { get; } = document.Definitions
            .OfType<GraphQLOperationDefinition>()
            .All(operation => operation.Variables is null || operation.Variables.Count == 0);

        public bool HasPassed(IEnumerable<IValidationRule> rules, string? operationName) =>
            Settled && _passed.ContainsKey((rules, operationName));

        public void Passed(IEnumerable<IValidationRule> rules, string? operationName)
        {
            if (Settled && _passed.Count < MaxPassedSets)
            {
                _passed.TryAdd((rules, operationName), true);
            }
        }
    }
}
