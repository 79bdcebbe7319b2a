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
/// <remarks>
/// A query's context is built here rather than by GraphQL.NET: its builder copies the validated argument and
/// directive values into two concurrent dictionaries per request for its parallel strategies (a workaround it plans
/// to drop in version 9), and the host then needed a second context of its own type. Execution only ever reads
/// those values (concurrent reads of a dictionary are safe), so the query's context takes them as validated.
/// </remarks>
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
        if (operation.Operation != OperationType.Query)
        {
            return base.BuildExecutionContext(options, document, operation, validationResult, metrics);
        }

        var context = new LeafExecutionContext
        {
            Document = document,
            Schema = options.Schema!,
            RootValue = options.Root,
            UserContext = options.UserContext,
            ExecutionOptions = options,
            Operation = operation,
            Variables = validationResult.Variables ?? Variables.None,
            ArgumentValues = validationResult.ArgumentValues,
            DirectiveValues = validationResult.DirectiveValues,
            Errors = [],
            InputExtensions = options.Extensions ?? Inputs.Empty,
            OutputExtensions = [],
            CancellationToken = options.CancellationToken,
            Metrics = metrics,
            Listeners = options.Listeners,
            ThrowOnUnhandledException = options.ThrowOnUnhandledException,
            UnhandledExceptionDelegate = options.UnhandledExceptionDelegate,
            MaxParallelExecutionCount = options.MaxParallelExecutionCount,
            RequestServices = options.RequestServices,
            User = options.User,
        };
        context.ExecutionStrategy = SelectExecutionStrategy(context);
        return context;
    }
}
