using Crm.Sdk.Contracts;

namespace Crm.Plugins.Loyalty.UseCases;

/// <summary>The outcome of a loyalty use case: its value, or the errors that stopped it (nothing written).</summary>
public sealed record LoyaltyResult<T>(T? Value, IReadOnlyList<ContractError> Errors)
    where T : class
{
    public bool Succeeded => Errors.Count == 0;

    public static LoyaltyResult<T> Success(T value) => new(value, []);

    public static LoyaltyResult<T> Failure(string code, string message, string? field = null) => new(null, [new ContractError(code, message, field)]);
}
