using GraphQL.Validation;
using GraphQLParser.AST;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// The spec's "Executable Definitions" rule, which GraphQL.NET 8 leaves out of its core rules: a request document
/// holds only operations and fragments, never type system definitions or extensions.
/// </summary>
internal sealed class ExecutableDefinitionsValidationRule : ValidationRuleBase
{
    public static ExecutableDefinitionsValidationRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is GraphQLOperationDefinition or GraphQLFragmentDefinition)
            {
                continue;
            }

            var name = definition switch
            {
                GraphQLSchemaDefinition or GraphQLSchemaExtension => "The schema definition",
                INamedNode named => $"The \"{named.Name.StringValue}\" definition",
                _ => "This definition",
            };
            context.ReportError(new ValidationError(context.Document.Source, "5.1.1", $"{name} is not executable.", definition));
        }

        return ValueTask.FromResult<INodeVisitor?>(null);
    }
}
