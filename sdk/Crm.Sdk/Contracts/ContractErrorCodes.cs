namespace Crm.Sdk.Contracts;

/// <summary>
/// The error codes the built-in relationship-history modules return in <see cref="ContractError.Code"/>.
/// The GraphQL layer shows them as the <c>code</c> of a payload's user errors, so clients may switch on them.
/// </summary>
public static class ContractErrorCodes
{
    /// <summary>An input value is malformed or out of range (a blank name, a page size over the maximum).</summary>
    public const string InvalidInput = "INVALID_INPUT";

    /// <summary>A phone number has too few or too many digits to be dialled.</summary>
    public const string InvalidPhone = "INVALID_PHONE";

    /// <summary>An e-mail address is not of the form <c>name@domain.tld</c>.</summary>
    public const string InvalidEmail = "INVALID_EMAIL";

    /// <summary>An id names no record the caller may see (wrong type, deleted or from elsewhere).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The record was changed by someone else since the caller read it; reload and retry.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>The customer is archived: it can be read but no longer changed or contacted.</summary>
    public const string CustomerArchived = "CUSTOMER_ARCHIVED";

    /// <summary>A period ends before it starts.</summary>
    public const string InvalidPeriod = "INVALID_PERIOD";

    /// <summary>A resource is already promised to another customer for an overlapping period.</summary>
    public const string ResourceConflict = "RESOURCE_CONFLICT";

    /// <summary>A status change that the life cycle does not allow (e.g. a cancelled agreement made agreed).</summary>
    public const string InvalidTransition = "INVALID_TRANSITION";
}
