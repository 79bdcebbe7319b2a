using Crm.Sdk.GraphQL;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// Gives every error of a result one code from <see cref="ErrorCodes"/>: GraphQL.NET's own codes (one per validation
/// rule, exception-derived ones for unhandled errors) are replaced by the documented list, and unexpected exceptions
/// lose their message outside Development.
/// </summary>
internal static class ErrorCodeNormalizer
{
    private static readonly HashSet<string> Documented = typeof(ErrorCodes).GetFields()
        .Select(field => (string)field.GetValue(null)!).ToHashSet(StringComparer.Ordinal);

    public static void Normalize(ExecutionResult result, bool exposeDetails)
    {
        if (result.Errors is null)
        {
            return;
        }

        foreach (var error in result.Errors)
        {
            error.Code = CodeOf(error);
            if (error is UnhandledError { InnerException: not DomainException } && !exposeDetails)
            {
                // The message of an arbitrary exception may carry internals (SQL, paths); the log has it.
                error.Data.Clear();
            }
        }
    }

    private static string CodeOf(ExecutionError error) => error switch
    {
        DomainException domain => domain.Code ?? ErrorCodes.InternalError,
        UnhandledError { InnerException: DomainException domain } => domain.Code ?? ErrorCodes.InternalError,
        SyntaxError => ErrorCodes.ParseFailed,
        QueryMissingError => ErrorCodes.QueryMissing,
        InvalidOperationNameError or NoOperationNameError or NoOperationError => ErrorCodes.OperationNotFound,
        TimeoutError => ErrorCodes.Timeout,
        ComplexityError => ErrorCodes.CostExceeded,
        NoIntrospectionError => ErrorCodes.IntrospectionDisabled,
        InvalidVariableError => ErrorCodes.BadUserInput,
        UnhandledError => ErrorCodes.InternalError,
        _ when error.Code is not null && Documented.Contains(error.Code) => error.Code,
        ValidationError => ErrorCodes.ValidationFailed,
        _ when error.InnerException is OperationCanceledException => ErrorCodes.Timeout,
        _ => ErrorCodes.InternalError,
    };
}
