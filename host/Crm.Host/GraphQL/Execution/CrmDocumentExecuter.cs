using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Validation;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's document executer with queries run by <see cref="SynchronousLeafExecutionStrategy"/> (mutations
/// serially and subscriptions as GraphQL.NET runs them), each query with a <see cref="LeafExecutionContext"/>, and
/// documents validated by <see cref="SettledQueryValidator"/>.
/// </summary>
internal sealed class CrmDocumentExecuter(IConfigureExecution[] configurations)
    : DocumentExecuter(
        new GraphQLDocumentBuilder(),
        new SettledQueryValidator(),
        new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(new SynchronousLeafExecutionStrategy(), OperationType.Query)]),
        configurations)
{
    protected override ExecutionContext BuildExecutionContext(
        ExecutionOptions options, GraphQLDocument document, GraphQLOperationDefinition operation, IValidationResult validationResult, Metrics metrics)
    {
        var built = base.BuildExecutionContext(options, document, operation, validationResult, metrics);
        return built.ExecutionStrategy is SynchronousLeafExecutionStrategy ? new LeafExecutionContext(built) : built;
    }
}
