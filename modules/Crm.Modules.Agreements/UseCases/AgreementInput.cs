using Crm.Sdk.Contracts.Agreements;

namespace Crm.Modules.Agreements.UseCases;

/// <summary>
/// What a user records about an agreement. When a claim conflicts with another client's, the agreement is refused
/// unless <see cref="OverrideReason"/> says why it must go ahead anyway (the override is recorded).
/// </summary>
public sealed record AgreementInput(Guid CustomerId, string Subject, AgreementForm Form, DateOnly ValidFrom)
{
    public string? Terms { get; init; }

    public AgreementStatus Status { get; init; } = AgreementStatus.Agreed;

    public DateOnly? ValidTo { get; init; }

    public IReadOnlyList<ResourceClaimRequest> Claims { get; init; } = [];

    public string? OverrideReason { get; init; }
}
