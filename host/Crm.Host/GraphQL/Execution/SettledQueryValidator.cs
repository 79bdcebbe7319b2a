using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's document validator, which also parses every field's arguments on every request, with its answer
/// kept for a query operation that declares no variables and has no rules left to run (a cached document that
/// already passed them, see <see cref="DocumentCache"/>): for the same schema and the same literal arguments that
/// answer cannot change. Kept per operation node, so it goes when the cached document goes. Execution only reads the
/// answer (<see cref="CrmDocumentExecuter"/> hands it to the query as it is), and resolvers treat their arguments as
/// read-only (docs/graphql.md); mutations and subscriptions are always validated afresh.
/// </summary>
internal sealed class SettledQueryValidator : IDocumentValidator
{
    private readonly DocumentValidator _inner = new();
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, Settled> _settled = [];

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var operation = options.Operation;
        if (operation.Operation != OperationType.Query || operation.Variables is { Count: > 0 } || options.Rules is null || options.Rules.Any())
        {
            return _inner.ValidateAsync(options);
        }

        if (_settled.TryGetValue(operation, out var settled) && ReferenceEquals(settled.Schema, options.Schema))
        {
            return settled.Result;
        }

        return ValidateAndKeepAsync(options.Schema, operation, _inner.ValidateAsync(options));
    }

    private async Task<IValidationResult> ValidateAndKeepAsync(ISchema schema, GraphQLOperationDefinition operation, Task<IValidationResult> validating)
    {
        var result = await validating.ConfigureAwait(false);
        if (result.IsValid && result.Errors.Count == 0)
        {
            _settled.AddOrUpdate(operation, new Settled(schema, Task.FromResult(result)));
        }

        return result;
    }

    private sealed record Settled(ISchema Schema, Task<IValidationResult> Result);
}
