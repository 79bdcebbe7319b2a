namespace Crm.Sdk.Contracts;

/// <summary>
/// A mistake in what the caller asked for (an unknown customer, an invalid phone, a stale version), returned
/// inside a contract's result instead of thrown, so the caller can show it next to the field it concerns.
/// Use the constants of <see cref="ContractErrorCodes"/> for <see cref="Code"/> when one fits.
/// </summary>
/// <param name="Code">Machine-readable code in SCREAMING_SNAKE_CASE, e.g. <c>INVALID_PHONE</c>.</param>
/// <param name="Message">One sentence for a person: what is wrong and how to fix it.</param>
/// <param name="Field">The input field at fault (camelCase path such as <c>phones[1]</c>), or null.</param>
public sealed record ContractError(string Code, string Message, string? Field = null);
