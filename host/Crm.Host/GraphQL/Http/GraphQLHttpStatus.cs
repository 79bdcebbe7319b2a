using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.Validation;

namespace Crm.Host.GraphQL.Http;

/// <summary>The HTTP status of an executor result, as the GraphQL-over-HTTP draft names it for each media type.</summary>
internal static class GraphQLHttpStatus
{
    public static int For(ExecutionResult result, GraphQLResponseFormat format)
    {
        // No schema in service (start-up, or every module off): the server cannot answer anyone yet.
        if (result.Errors?.Any(e => e.Code == ErrorCodes.SchemaUnavailable) == true && !result.Executed)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        // Executed means a data entry is written (possibly null after an error bubbled up): always 2xx.
        // application/json keeps 200 for every GraphQL error of a well-formed request (legacy clients rely on it).
        if (result.Executed || format == GraphQLResponseFormat.Json)
        {
            return StatusCodes.Status200OK;
        }

        var errors = result.Errors;
        if (errors is null || errors.Count == 0)
        {
            return StatusCodes.Status400BadRequest;
        }

        if (errors.Any(e => e.Code == ErrorCodes.Unauthenticated))
        {
            return StatusCodes.Status401Unauthorized;
        }

        if (errors.Any(e => e.Code == ErrorCodes.Forbidden))
        {
            return StatusCodes.Status403Forbidden;
        }

        // A document that parses but breaks a validation rule (including the depth, alias and cost limits) is
        // 422 in the current draft. Variable coercion is a malformed request (400), although GraphQL.NET models
        // it as a validation error too.
        return errors.Any(IsDocumentValidationFailure) ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest;
    }

    private static bool IsDocumentValidationFailure(ExecutionError error) =>
        error is ValidationError and not InvalidVariableError;
}
