using Crm.Sdk.GraphQL;

namespace Crm.Sdk.Contracts;

/// <summary>Shows contract refusals as the user errors of a mutation payload.</summary>
public static class ContractErrorExtensions
{
    /// <summary>
    /// Turns each <see cref="ContractError"/> into an <see cref="InputError"/> whose path starts at the mutation's
    /// <c>input</c> argument (<c>["input", "phones[1]"]</c>), so a client can put the message next to the field.
    /// </summary>
    public static IReadOnlyList<IUserError> ToUserErrors(this IEnumerable<ContractError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Select(e => (IUserError)new InputError(e.Code, e.Message, e.Field is null ? ["input"] : ["input", e.Field])).ToList();
    }
}
