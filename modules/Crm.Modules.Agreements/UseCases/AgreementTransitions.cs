using Crm.Sdk.Contracts.Agreements;

namespace Crm.Modules.Agreements.UseCases;

/// <summary>The life cycle: proposed may be agreed; proposed or agreed may end; an ended agreement stays ended.</summary>
internal static class AgreementTransitions
{
    public static bool IsAllowed(AgreementStatus from, AgreementStatus to) => (from, to) switch
    {
        (AgreementStatus.Proposed, AgreementStatus.Agreed or AgreementStatus.Cancelled or AgreementStatus.Expired) => true,
        (AgreementStatus.Agreed, AgreementStatus.Fulfilled or AgreementStatus.Cancelled or AgreementStatus.Expired) => true,
        _ => false,
    };
}
