namespace Crm.Sdk.GraphQL;

/// <summary>
/// Every <c>extensions.code</c> the GraphQL API returns, in one list (docs/graphql.md explains each). Clients
/// branch on these, never on messages. A module uses the domain codes with <see cref="DomainException"/>.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document breaks a validation rule of the spec against the current schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A variable's value does not fit its declared type, or a required one is missing.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The requested operation name is not in the document, or a name is needed to choose one.</summary>
    public const string OperationNotFound = "OPERATION_NOT_FOUND";

    /// <summary>The transport does not allow this operation type (e.g. a mutation over GET).</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    /// <summary>The request has no document.</summary>
    public const string QueryMissing = "QUERY_MISSING";

    /// <summary>The document text is longer than the limit.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>The selections nest deeper than the limit.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The document uses more aliases than the limit.</summary>
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>The document selects more fields than the limit.</summary>
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";

    /// <summary>The estimated cost (fields times list sizes from <c>first</c>/<c>last</c>) is over the limit.</summary>
    public const string CostExceeded = "COST_EXCEEDED";

    /// <summary>A connection was asked for more items than its maximum page size.</summary>
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";

    /// <summary>The execution took longer than the limit and was cancelled.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Introspection is switched off for this caller.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The caller is not signed in and the field needs a signed-in user.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller is signed in but lacks the field's permission.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>An id names nothing the caller can see.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>A global id is malformed or names a different type than the field expects.</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>The data changed since the caller read it (a stale concurrency token).</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>The input breaks a business rule; used in payload <c>errors</c> and by <see cref="DomainException"/>.</summary>
    public const string InvalidInput = "INVALID_INPUT";

    /// <summary>The database (or another service the field needs) cannot be reached now; retrying later may work.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    /// <summary>No schema is in service (no shape composed yet).</summary>
    public const string SchemaUnavailable = "SCHEMA_UNAVAILABLE";

    /// <summary>An unexpected failure on the server; details are only in the server's log (and in Development).</summary>
    public const string InternalError = "INTERNAL_ERROR";
}
