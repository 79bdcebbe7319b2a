namespace Crm.Sdk.GraphQL;

/// <summary>
/// A mistake the user can fix, returned in a mutation payload's <c>errors</c> rather than as a GraphQL error. Every
/// implementation is a GraphQL object type implementing the <c>UserError</c> interface
/// (<see cref="UserErrorInterfaceType"/>), so clients can ask for extra fields of specific kinds with fragments.
/// </summary>
public interface IUserError
{
    /// <summary>A stable machine-readable code, SCREAMING_SNAKE_CASE (e.g. <c>INVALID_INPUT</c>, <c>RESOURCE_CONFLICT</c>).</summary>
    string Code { get; }

    /// <summary>What went wrong, in words a user understands.</summary>
    string Message { get; }

    /// <summary>The input field the error is about (<c>["input", "email"]</c>), or null when it is about the whole input.</summary>
    IReadOnlyList<string>? Path { get; }
}

/// <summary>The plain user error: a code, a message and the input field it concerns.</summary>
/// <param name="Code">A stable code, e.g. <see cref="ErrorCodes.InvalidInput"/>.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Path">The input field path, or null.</param>
/// <example><code>return new CustomerPayload { Errors = [new InputError(ErrorCodes.InvalidInput, "The e-mail address is not valid.", ["input", "email"])] };</code></example>
public sealed record InputError(string Code, string Message, IReadOnlyList<string>? Path = null) : IUserError;
