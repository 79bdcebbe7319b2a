using Crm.Host.GraphQL;
using Crm.Host.Modules;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Host.Tests.Http.Toy;

/// <summary>
/// A test-only <see cref="IGraphQLRequestExecutor"/>: GraphQL.NET's DocumentExecuter over <see cref="ToySchema"/>
/// (or the schema of the current test shape), honouring <see cref="AllowedOperations"/> the way the contract asks.
/// </summary>
public sealed class ToyRequestExecutor(ToySchema defaultSchema, IServiceProvider services) : IGraphQLRequestExecutor
{
    private readonly DocumentExecuter _executer = new();

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequestContext request, CancellationToken cancellationToken)
    {
        var schema = services.GetService<IApplicationShapeAccessor>()?.Current.GetFeature<ISchema>() ?? defaultSchema;
        return _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = request.User,
            RequestServices = request.RequestServices,
            CancellationToken = cancellationToken,
            ValidationRules = DocumentValidator.CoreRules.Append(new AllowedOperationsRule(request.AllowedOperations)),
        });
    }

    private sealed class AllowedOperationsRule(AllowedOperations allowed) : ValidationRuleBase
    {
        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            var needed = context.Operation.Operation switch
            {
                OperationType.Mutation => AllowedOperations.Mutation,
                OperationType.Subscription => AllowedOperations.Subscription,
                _ => AllowedOperations.Query,
            };
            if (!allowed.HasFlag(needed))
            {
                context.ReportError(new ValidationError($"{context.Operation.Operation} operations are not allowed here.") { Code = "OPERATION_NOT_ALLOWED" });
            }

            return default;
        }
    }
}
