using Crm.Sdk.Contracts;

namespace Crm.Plugins.Competitors.UseCases;

/// <summary>The outcome of a competitors use case: its value, or the errors that stopped it (nothing written).</summary>
public sealed record CompetitorResult<T>(T? Value, IReadOnlyList<ContractError> Errors)
    where T : class
{
    public static CompetitorResult<T> Success(T value) => new(value, []);

    public static CompetitorResult<T> Failure(string code, string message, string? field = null) => new(null, [new ContractError(code, message, field)]);
}
