namespace Crm.Sdk.Contracts.Agreements;

/// <summary>Where an agreement is in its life. Only <see cref="Proposed"/> and <see cref="Agreed"/> hold resources.</summary>
public enum AgreementStatus
{
    /// <summary>Offered or discussed, not yet accepted; its claims already reserve the resources.</summary>
    Proposed,

    /// <summary>Both sides agreed, orally or in writing.</summary>
    Agreed,

    /// <summary>Done as agreed.</summary>
    Fulfilled,

    /// <summary>Called off by either side.</summary>
    Cancelled,

    /// <summary>Its period ended without being fulfilled.</summary>
    Expired,
}
