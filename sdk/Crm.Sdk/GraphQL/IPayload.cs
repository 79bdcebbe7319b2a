namespace Crm.Sdk.GraphQL;

/// <summary>
/// The result object of a mutation: its own data (e.g. the created customer) plus the user errors. A payload with
/// errors means nothing was written.
/// </summary>
public interface IPayload
{
    /// <summary>The user's mistakes; empty on success.</summary>
    IReadOnlyList<IUserError> Errors { get; }
}
