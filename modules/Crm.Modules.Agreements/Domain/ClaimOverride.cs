namespace Crm.Modules.Agreements.Domain;

/// <summary>
/// A deliberate decision to promise a resource although another client holds it: who decided, when, why, and
/// whose claim was overridden. Kept forever, so the furious phone call can be answered with facts.
/// </summary>
public sealed class ClaimOverride
{
    public Guid Id { get; set; }

    public Guid AgreementId { get; set; }

    public Guid OverriddenAgreementId { get; set; }

    public Guid OverriddenCustomerId { get; set; }

    public string Resource { get; set; } = "";

    public string Reason { get; set; } = "";

    public string OverriddenBy { get; set; } = "";

    public DateTime OverriddenAt { get; set; }
}
