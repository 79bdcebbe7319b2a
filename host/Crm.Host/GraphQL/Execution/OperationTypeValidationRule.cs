using Crm.Sdk.GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Crm.Host.GraphQL.Execution;

/// <summary>Refuses the selected operation when the transport does not allow its type (a mutation over GET).</summary>
internal sealed class OperationTypeValidationRule(AllowedOperations allowed) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        ValueTask.FromResult<INodeVisitor?>(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, validation) =>
        {
            if (operation != validation.Operation || IsAllowed(operation.Operation))
            {
                return;
            }

            var type = operation.Operation.ToString().ToLowerInvariant();
            validation.ReportError(new ValidationError(validation.Document.Source, null, $"This transport does not run {type} operations.", operation)
            {
                Code = ErrorCodes.OperationNotAllowed,
            });
        }));

    private bool IsAllowed(OperationType type) => type switch
    {
        OperationType.Query => allowed.HasFlag(AllowedOperations.Query),
        OperationType.Mutation => allowed.HasFlag(AllowedOperations.Mutation),
        OperationType.Subscription => allowed.HasFlag(AllowedOperations.Subscription),
        _ => false,
    };
}
