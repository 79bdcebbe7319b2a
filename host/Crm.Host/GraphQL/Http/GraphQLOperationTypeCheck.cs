using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Crm.Host.GraphQL.Http;

/// <summary>
/// Finds which kind of operation a GET request would run, before anything executes: the spec requires a
/// mutation over GET to be refused with 405 and never run, whatever the executor would do.
/// </summary>
internal static class GraphQLOperationTypeCheck
{
    /// <summary>The type of the selected operation, or null when the document does not parse or names no such
    /// operation (the executor then reports the precise error).</summary>
    public static OperationType? Find(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (GraphQLParserException)
        {
            return null;
        }

        GraphQLOperationDefinition? selected = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (selected is not null)
                {
                    return null;
                }

                selected = operation;
            }
            else if (operation.Name is not null && operation.Name.Value == operationName)
            {
                return operation.Operation;
            }
        }

        return selected?.Operation;
    }
}
