using Crm.Modules.Agreements.Domain;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Agreements;

namespace Crm.Modules.Agreements.UseCases;

/// <summary>
/// The outcome of recording or changing an agreement: the agreement, or the errors that stopped it, with the
/// other clients' claims in the way spelled out in <see cref="Conflicts"/> (one <c>RESOURCE_CONFLICT</c> error each).
/// </summary>
public sealed record AgreementResult(Agreement? Agreement, IReadOnlyList<ContractError> Errors, IReadOnlyList<ResourceConflict> Conflicts)
{
    public bool Succeeded => Errors.Count == 0;

    public static AgreementResult Success(Agreement agreement) => new(agreement, [], []);

    public static AgreementResult Failure(params ContractError[] errors) => new(null, errors, []);
}
