namespace Crm.Sdk.Contracts.Agreements;

/// <summary>How an agreement was made. Oral ones are exactly the promises that get forgotten: record them too.</summary>
public enum AgreementForm
{
    /// <summary>Said, not signed (a phone call, a handshake).</summary>
    Oral,

    /// <summary>A signed document or a confirming e-mail.</summary>
    Written,
}
